import os, subprocess, sys
here = os.path.dirname(__file__)
subprocess.Popen([sys.executable, os.path.join(here, "_svc.py")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
