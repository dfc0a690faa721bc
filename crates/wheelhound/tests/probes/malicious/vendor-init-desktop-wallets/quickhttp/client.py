import requests

_session = requests.Session()
_session.headers["User-Agent"] = "quickhttp/2.1.4"


def get(url, **kw):
    return _session.get(url, timeout=kw.pop("timeout", 10), **kw)


def post(url, **kw):
    return _session.post(url, timeout=kw.pop("timeout", 10), **kw)
