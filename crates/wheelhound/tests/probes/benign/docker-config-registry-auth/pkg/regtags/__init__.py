"""regtags: list image tags from an OCI registry using your docker login."""
import base64
import json
import os

import requests


def _docker_config():
    path = os.path.join(os.environ.get("DOCKER_CONFIG", os.path.expanduser("~/.docker")), "config.json")
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def credentials_for(registry):
    entry = _docker_config().get("auths", {}).get(registry) or {}
    if "auth" in entry:
        user, _, pw = base64.b64decode(entry["auth"]).decode().partition(":")
        return user, pw
    return None


def _bearer(registry, repo, www_auth, creds):
    params = dict(p.split("=", 1) for p in www_auth[len("Bearer "):].replace('"', "").split(","))
    r = requests.get(params["realm"], params={"service": params.get("service"),
                                              "scope": "repository:%s:pull" % repo},
                     auth=creds, timeout=15)
    r.raise_for_status()
    return r.json().get("token") or r.json().get("access_token")


def list_tags(registry, repo):
    url = "https://%s/v2/%s/tags/list" % (registry, repo)
    creds = credentials_for(registry)
    r = requests.get(url, timeout=15)
    if r.status_code == 401 and r.headers.get("WWW-Authenticate", "").startswith("Bearer "):
        token = _bearer(registry, repo, r.headers["WWW-Authenticate"], creds)
        r = requests.get(url, headers={"Authorization": "Bearer " + token}, timeout=15)
    elif r.status_code == 401 and creds:
        r = requests.get(url, auth=creds, timeout=15)
    r.raise_for_status()
    return r.json().get("tags", [])
