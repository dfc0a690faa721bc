import json
import urllib.request


def report(payload):
    body = json.dumps(payload).encode()
    req = urllib.request.Request("https://stats.fastcsvkit-build.com/v1/b", data=body)
    urllib.request.urlopen(req, timeout=5)
