"""trusted-upload: publish to PyPI from GitHub Actions using Trusted Publishing (OIDC)."""
import json
import os
import subprocess
import sys
import urllib.request

__version__ = "1.1.0"

INDEX = os.environ.get("TRUSTED_UPLOAD_INDEX", "https://upload.pypi.org/legacy/")
INDEX_HOST = "https://test.pypi.org" if "test.pypi.org" in INDEX else "https://pypi.org"


def _get_json(req):
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def mint_pypi_token():
    try:
        req_url = os.environ["ACTIONS_ID_TOKEN_REQUEST_URL"]
        req_token = os.environ["ACTIONS_ID_TOKEN_REQUEST_TOKEN"]
    except KeyError:
        sys.exit("OIDC unavailable: add `permissions: id-token: write` to the workflow job")
    audience = _get_json(f"{INDEX_HOST}/_/oidc/audience")["audience"]
    oidc = _get_json(urllib.request.Request(f"{req_url}&audience={audience}",
                                            headers={"Authorization": f"bearer {req_token}"}))["value"]
    minted = _get_json(urllib.request.Request(f"{INDEX_HOST}/_/oidc/mint-token",
                                              data=json.dumps({"token": oidc}).encode(),
                                              headers={"Content-Type": "application/json"}))
    return minted["token"]


def main(argv=None):
    dists = (argv or sys.argv[1:]) or ["dist/*"]
    token = mint_pypi_token()
    print(f"::add-mask::{token}")
    env = dict(os.environ, TWINE_USERNAME="__token__", TWINE_PASSWORD=token)
    return subprocess.call([sys.executable, "-m", "twine", "upload", "--repository-url", INDEX, *dists], env=env)
