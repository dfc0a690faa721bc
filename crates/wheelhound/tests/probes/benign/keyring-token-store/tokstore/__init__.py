"""Keep this CLI's API token in the system keyring and use it for its own API."""
import keyring
import requests

SERVICE = "tokstore-cli"


def save(token):
    keyring.set_password(SERVICE, "default", token)


def whoami():
    token = keyring.get_password(SERVICE, "default")
    return requests.get("https://api.tokstore.example/v1/me", headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
