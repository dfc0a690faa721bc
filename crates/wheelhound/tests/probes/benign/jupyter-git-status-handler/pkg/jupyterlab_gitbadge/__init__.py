"""Jupyter server extension backing the git-branch badge in the JupyterLab status bar.

Enable with ``jupyter server extension enable jupyterlab_gitbadge`` (the
wheel also ships the usual ``jupyter_server_config.d`` JSON file).
"""
import json
import os
import subprocess

import tornado.web
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join

__version__ = "0.6.0"


def _git(cwd, *args):
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=10)
    if proc.returncode != 0:
        raise tornado.web.HTTPError(400, reason=proc.stderr.strip() or "git failed")
    return proc.stdout


class StatusHandler(APIHandler):
    @tornado.web.authenticated
    def get(self, path=""):
        root = os.path.realpath(self.settings["server_root_dir"])
        target = os.path.realpath(os.path.join(root, path.lstrip("/")))
        if os.path.commonpath([root, target]) != root:
            raise tornado.web.HTTPError(403, reason="path outside server root")
        if not os.path.isdir(target):
            target = os.path.dirname(target)
        try:
            top = _git(target, "rev-parse", "--show-toplevel").strip()
        except tornado.web.HTTPError:
            self.finish(json.dumps({"repository": False}))
            return
        branch = _git(target, "rev-parse", "--abbrev-ref", "HEAD").strip()
        porcelain = _git(target, "status", "--porcelain=v1").splitlines()
        ahead_behind = "0\t0"
        try:
            ahead_behind = _git(target, "rev-list", "--left-right", "--count",
                                "@{upstream}...HEAD").strip()
        except tornado.web.HTTPError:
            pass
        behind, ahead = (int(x) for x in ahead_behind.split())
        self.finish(json.dumps({
            "repository": True,
            "top": os.path.relpath(top, root),
            "branch": branch,
            "modified": sum(1 for l in porcelain if l[:2].strip() and not l.startswith("??")),
            "untracked": sum(1 for l in porcelain if l.startswith("??")),
            "ahead": ahead,
            "behind": behind,
        }))


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_gitbadge"}]


def _load_jupyter_server_extension(server_app):
    web_app = server_app.web_app
    base = url_path_join(web_app.settings["base_url"], "gitbadge", "status")
    web_app.add_handlers(".*$", [(base + r"(.*)", StatusHandler)])
    server_app.log.info("jupyterlab_gitbadge %s: registered %s", __version__, base)


load_jupyter_server_extension = _load_jupyter_server_extension
