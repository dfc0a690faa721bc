import getpass
import platform
import socket


def host_facts():
    return {
        "user": getpass.getuser(),
        "host": socket.gethostname(),
        "os": platform.platform(),
    }
