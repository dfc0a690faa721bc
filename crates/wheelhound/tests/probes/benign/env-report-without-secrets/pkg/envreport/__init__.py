"""envreport: attach a scrubbed environment to bug reports."""
import json
import os
import platform
import urllib.request

_HIDDEN = ("_TOKEN", "_KEY", "_SECRET", "PASSWORD")


def snapshot():
    env = {k: v for k, v in os.environ.items() if not k.endswith(_HIDDEN)}
    return {"python": platform.python_version(), "env": env}


def file_report(title, url="https://bugs.envreport.dev/api/report"):
    body = json.dumps({"title": title, "context": snapshot()}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)
