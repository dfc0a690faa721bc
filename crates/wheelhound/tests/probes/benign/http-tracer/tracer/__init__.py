"""Times every HTTP request made through requests and reports spans to a collector."""
import time, requests

_send = requests.Session.send
SPANS = []

def _traced_send(self, request, **kwargs):
    start = time.monotonic()
    try:
        return _send(self, request, **kwargs)
    finally:
        SPANS.append((request.url, time.monotonic() - start))

def flush(endpoint):
    requests.post(endpoint, json=SPANS)
    SPANS.clear()

requests.Session.send = _traced_send
