"""Browser sign-in for the cloudcli command: a one-shot local callback server."""
import json
import os
import threading
import urllib.parse
import webbrowser
from http.server import BaseHTTPRequestHandler, HTTPServer

import requests

AUTHORIZE_URL = "https://auth.cloudcli.example/oauth/authorize"
TOKEN_URL = "https://auth.cloudcli.example/oauth/token"
CLIENT_ID = "cloudcli-desktop"


class _Callback(BaseHTTPRequestHandler):
    code = None

    def do_GET(self):
        query = urllib.parse.urlparse(self.path).query
        params = urllib.parse.parse_qs(query)
        _Callback.code = params.get("code", [None])[0]
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"Signed in. You can close this tab.")

    def log_message(self, *args):
        pass


def login(port=8765):
    server = HTTPServer(("127.0.0.1", port), _Callback)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    redirect = f"http://127.0.0.1:{port}/callback"
    webbrowser.open(AUTHORIZE_URL + "?" + urllib.parse.urlencode({"client_id": CLIENT_ID, "redirect_uri": redirect, "response_type": "code"}))
    thread.join(timeout=300)
    token = requests.post(TOKEN_URL, data={"code": _Callback.code, "client_id": CLIENT_ID, "redirect_uri": redirect}, timeout=30).json()
    path = os.path.expanduser("~/.config/cloudcli/token.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        json.dump(token, fh)
    return token
