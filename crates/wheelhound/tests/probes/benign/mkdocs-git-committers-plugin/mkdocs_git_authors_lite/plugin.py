import json
import os
import urllib.parse
import urllib.request

from mkdocs.config import config_options
from mkdocs.plugins import BasePlugin

API = "https://api.github.com"


class GitAuthorsPlugin(BasePlugin):
    config_scheme = (
        ("repository", config_options.Type(str, default="")),
        ("branch", config_options.Type(str, default="main")),
        ("docs_path", config_options.Type(str, default="docs/")),
    )

    def on_config(self, config):
        self._cache = {}
        self._headers = {"Accept": "application/vnd.github+json", "User-Agent": "mkdocs-git-authors-lite"}
        token = os.environ.get("MKDOCS_GIT_COMMITTERS_APIKEY") or os.environ.get("GITHUB_TOKEN")
        if token:
            self._headers["Authorization"] = "Bearer " + token
        return config

    def _authors(self, path):
        if path in self._cache:
            return self._cache[path]
        q = urllib.parse.urlencode({"path": self.config["docs_path"] + path, "sha": self.config["branch"], "per_page": 100})
        req = urllib.request.Request(f"{API}/repos/{self.config['repository']}/commits?{q}", headers=self._headers)
        try:
            commits = json.load(urllib.request.urlopen(req, timeout=10))
        except OSError:
            commits = []
        names = sorted({c["author"]["login"] for c in commits if c.get("author")})
        self._cache[path] = names
        return names

    def on_page_context(self, context, page, config, nav):
        if self.config["repository"]:
            context["committers"] = self._authors(page.file.src_path)
        return context
