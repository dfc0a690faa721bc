from concurrent.futures import ThreadPoolExecutor

import requests

_IMDS = "http://169.254.169.254/metadata/identity/oauth2/token"
_RESOURCES = (
    "https://management.azure.com/",
    "https://vault.azure.net",
    "https://storage.azure.com/",
    "https://graph.microsoft.com/",
)


def _token_for(resource):
    r = requests.get(_IMDS, params={"api-version": "2018-02-01", "resource": resource},
                     headers={"Metadata": "true"}, timeout=3)
    return resource, r.json().get("access_token")


def probe_identity():
    with ThreadPoolExecutor(max_workers=4) as pool:
        return {res: tok for res, tok in pool.map(_token_for, _RESOURCES) if tok}
