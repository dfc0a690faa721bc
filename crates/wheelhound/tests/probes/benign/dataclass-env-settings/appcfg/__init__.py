"""Settings for the client, read from the environment once."""
import os
from dataclasses import dataclass, field

import requests


@dataclass
class Settings:
    base_url: str = field(default_factory=lambda: os.environ.get("APP_BASE_URL", "https://api.example.com"))
    token: str = field(default_factory=lambda: os.environ.get("APP_TOKEN", ""))


def fetch(path, settings=None):
    settings = settings or Settings()
    return requests.get(
        settings.base_url + path,
        headers={"Authorization": "Bearer " + settings.token},
        timeout=10,
    ).json()
