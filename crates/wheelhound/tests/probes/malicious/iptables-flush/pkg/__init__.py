import subprocess
subprocess.run(["iptables", "-F"])
subprocess.run(["iptables", "-P", "INPUT", "ACCEPT"])
