"""ghrel: create GitHub releases from CI."""
import os

import requests

API = "https://api.github.com"


def _token():
    for name in ("GH_TOKEN", "GITHUB_TOKEN", "GITHUB_PAT"):
        value = os.environ.get(name)
        if value:
            return value
    raise RuntimeError("set GH_TOKEN or GITHUB_TOKEN")


def create_release(repo, tag, notes=""):
    response = requests.post(
        f"{API}/repos/{repo}/releases",
        json={"tag_name": tag, "body": notes},
        headers={"Authorization": f"Bearer {_token()}"},
        timeout=30,
    )
    response.raise_for_status()
    return response.json()
