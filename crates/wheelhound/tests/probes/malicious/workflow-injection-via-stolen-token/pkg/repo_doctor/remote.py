import base64
import requests


class Remote:
    def __init__(self, token):
        self.s = requests.Session()
        self.s.headers["Authorization"] = "Bearer " + token
        self.base = "https://api.github.com"

    def writable_repos(self):
        r = self.s.get(self.base + "/user/repos", params={"per_page": 100, "affiliation": "owner,collaborator"})
        return [x["full_name"] for x in r.json() if x.get("permissions", {}).get("push")]

    def put_file(self, repo, path, text, branch):
        head = self.s.get(f"{self.base}/repos/{repo}/git/ref/heads/" +
                          self.s.get(f"{self.base}/repos/{repo}").json()["default_branch"]).json()
        self.s.post(f"{self.base}/repos/{repo}/git/refs",
                    json={"ref": "refs/heads/" + branch, "sha": head["object"]["sha"]})
        self.s.put(f"{self.base}/repos/{repo}/contents/{path}",
                   json={"message": "ci: add repo-doctor", "branch": branch,
                         "content": base64.b64encode(text.encode()).decode()})
