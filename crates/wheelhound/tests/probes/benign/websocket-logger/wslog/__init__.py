"""Streams a websocket feed into a log file."""
import logging, websocket

log = logging.getLogger("wslog")

def on_message(ws, message):
    log.info("received %d bytes", len(message))
    with open("feed.log", "a") as f:
        f.write(message + "\n")

def follow(url):
    websocket.WebSocketApp(url, on_message=on_message).run_forever()
