"""ghstats: star counts from the GitHub API."""
import requests

from . import _config

session = requests.Session()
_token = _config.token()
if _token:
    session.headers["Authorization"] = f"Bearer {_token}"


def stars(repo):
    return session.get(f"https://api.github.com/repos/{repo}").json()["stargazers_count"]
