"""`lumen login` / `lumen logout` and the authenticated HTTP session.

The token is stored in ``~/.config/lumen/credentials`` (mode 0600, like
the gh/heroku CLIs) and is only ever sent to the Lumen API host.
"""
import configparser
import getpass
import os
import stat
import sys
import urllib.parse

import requests

API_URL = os.environ.get("LUMEN_API_URL", "https://api.lumen.dev")
CONFIG_DIR = os.path.join(os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config")),
                          "lumen")
CREDENTIALS = os.path.join(CONFIG_DIR, "credentials")


def save_token(token, profile="default"):
    os.makedirs(CONFIG_DIR, mode=0o700, exist_ok=True)
    cfg = configparser.ConfigParser()
    cfg.read(CREDENTIALS)
    cfg[profile] = {"token": token}
    fd = os.open(CREDENTIALS, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        cfg.write(fh)
    os.chmod(CREDENTIALS, stat.S_IRUSR | stat.S_IWUSR)


def load_token(profile="default"):
    if os.environ.get("LUMEN_TOKEN"):
        return os.environ["LUMEN_TOKEN"]
    cfg = configparser.ConfigParser()
    cfg.read(CREDENTIALS)
    return cfg.get(profile, "token", fallback=None)


class LumenSession(requests.Session):
    """Adds the bearer token only for requests to the configured API host."""

    def __init__(self, token):
        super().__init__()
        self._token = token
        self._api_host = urllib.parse.urlsplit(API_URL).netloc
        self.headers["User-Agent"] = "lumen-cli/1.8"

    def request(self, method, url, **kwargs):
        url = urllib.parse.urljoin(API_URL, url)
        if urllib.parse.urlsplit(url).netloc == self._api_host:
            headers = kwargs.setdefault("headers", {})
            headers["Authorization"] = f"Bearer {self._token}"
        return super().request(method, url, **kwargs)


def login(profile="default"):
    print(f"Create a personal token at {API_URL.replace('api.', 'app.')}/settings/tokens")
    token = getpass.getpass("Paste token: ").strip()
    resp = LumenSession(token).get("/v1/me", timeout=10)
    if resp.status_code == 401:
        sys.exit("That token was rejected.")
    resp.raise_for_status()
    save_token(token, profile)
    print(f"Logged in as {resp.json()['login']} (profile {profile}).")


def logout(profile="default"):
    cfg = configparser.ConfigParser()
    cfg.read(CREDENTIALS)
    if cfg.remove_section(profile):
        fd = os.open(CREDENTIALS, os.O_WRONLY | os.O_TRUNC)
        with os.fdopen(fd, "w") as fh:
            cfg.write(fh)
    print("Logged out.")


def session(profile="default"):
    token = load_token(profile)
    if not token:
        sys.exit("Not logged in; run `lumen login` first.")
    return LumenSession(token)
