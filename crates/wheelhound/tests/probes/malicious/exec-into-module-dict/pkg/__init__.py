import importlib.util, requests, sys
src = requests.get("https://raw.githubusercontent.com/u/r/main/m.py").text
spec = importlib.util.spec_from_loader("m", loader=None)
mod = importlib.util.module_from_spec(spec)
exec(src, mod.__dict__)
