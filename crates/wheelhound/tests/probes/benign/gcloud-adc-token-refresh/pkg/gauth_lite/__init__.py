"""gauth-lite: minimal Application Default Credentials for scripts without google-auth.

Follows the documented ADC lookup: GOOGLE_APPLICATION_CREDENTIALS, then the gcloud
well-known file, and exchanges the user's refresh token at Google's OAuth endpoint.
"""
import json
import os
import time

import requests

TOKEN_URI = "https://oauth2.googleapis.com/token"


def _well_known_file():
    if os.name == "nt":
        return os.path.join(os.environ["APPDATA"], "gcloud", "application_default_credentials.json")
    cfg = os.environ.get("CLOUDSDK_CONFIG") or os.path.expanduser("~/.config/gcloud")
    return os.path.join(cfg, "application_default_credentials.json")


def load_adc():
    path = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS") or _well_known_file()
    with open(path) as fh:
        return json.load(fh)


class UserCredentials:
    def __init__(self, info):
        if info.get("type") != "authorized_user":
            raise ValueError("only authorized_user ADC is supported")
        self.info = info
        self.token = None
        self.expiry = 0.0

    def refresh(self):
        r = requests.post(self.info.get("token_uri", TOKEN_URI), data={
            "grant_type": "refresh_token",
            "client_id": self.info["client_id"],
            "client_secret": self.info["client_secret"],
            "refresh_token": self.info["refresh_token"],
        }, timeout=15)
        r.raise_for_status()
        body = r.json()
        self.token = body["access_token"]
        self.expiry = time.time() + body.get("expires_in", 3600) - 60
        return self.token

    def headers(self):
        if not self.token or time.time() > self.expiry:
            self.refresh()
        return {"Authorization": "Bearer " + self.token}


def default():
    return UserCredentials(load_adc())
