import os

import yaml


def _gh_config_dir():
    if os.environ.get("GH_CONFIG_DIR"):
        return os.environ["GH_CONFIG_DIR"]
    xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return os.path.join(xdg, "gh")


def github_token(host="github.com"):
    """Same lookup order as the gh CLI: env vars first, then hosts.yml."""
    for name in ("GH_TOKEN", "GITHUB_TOKEN"):
        if os.environ.get(name):
            return os.environ[name]
    path = os.path.join(_gh_config_dir(), "hosts.yml")
    try:
        with open(path) as fh:
            hosts = yaml.safe_load(fh) or {}
    except FileNotFoundError:
        return None
    return (hosts.get(host) or {}).get("oauth_token")
