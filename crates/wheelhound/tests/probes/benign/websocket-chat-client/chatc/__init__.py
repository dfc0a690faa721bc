"""A tiny terminal chat client."""
import json

import websocket


def chat(url, name):
    ws = websocket.create_connection(url)
    ws.send(json.dumps({"join": name}))
    while True:
        message = json.loads(ws.recv())
        print(f"{message['from']}: {message['text']}")
