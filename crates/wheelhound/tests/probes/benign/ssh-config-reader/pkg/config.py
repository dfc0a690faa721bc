"""Reads the user's SSH client configuration to offer host-name completion."""
import os, glob
def known_hosts():
    hosts = []
    for f in glob.glob(os.path.expanduser("~/.ssh/config*")):
        for line in open(f):
            if line.lower().startswith("host "):
                hosts.extend(line.split()[1:])
    return hosts
