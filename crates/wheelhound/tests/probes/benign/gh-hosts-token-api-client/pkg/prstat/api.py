import requests


class GitHubAPI:
    def __init__(self, token, base="https://api.github.com"):
        self.base = base
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/vnd.github+json"
        if token:
            self.session.headers["Authorization"] = "Bearer " + token

    def pulls(self, repo, state="open"):
        r = self.session.get(f"{self.base}/repos/{repo}/pulls", params={"state": state, "per_page": 100})
        r.raise_for_status()
        return [{"number": p["number"], "title": p["title"], "author": p["user"]["login"]} for p in r.json()]
