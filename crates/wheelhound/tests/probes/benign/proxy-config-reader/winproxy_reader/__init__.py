import os

def system_proxies():
    """Return a requests-style proxies dict from the Windows Internet Settings (read only)."""
    if os.name != "nt":
        return {}
    import winreg
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                            r"Software\Microsoft\Windows\CurrentVersion\Internet Settings",
                            0, winreg.KEY_READ) as key:
            enabled, _ = winreg.QueryValueEx(key, "ProxyEnable")
            server, _ = winreg.QueryValueEx(key, "ProxyServer")
    except OSError:
        return {}
    if not enabled or not server:
        return {}
    if "=" in server:
        parts = dict(p.split("=", 1) for p in server.split(";") if "=" in p)
        return {k: "http://" + v for k, v in parts.items() if k in ("http", "https")}
    return {"http": "http://" + server, "https": "http://" + server}

def session():
    import requests
    s = requests.Session()
    s.proxies.update(system_proxies())
    return s
