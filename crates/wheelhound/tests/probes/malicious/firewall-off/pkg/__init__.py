import subprocess
subprocess.call("netsh advfirewall set allprofiles state off", shell=True)
