"""Sign HTTP requests to AWS with Signature Version 4, no botocore needed.

Credentials are resolved like the AWS CLI: environment variables first, then
the shared credentials file (``~/.aws/credentials``) for ``AWS_PROFILE``.
"""
import configparser
import datetime
import hashlib
import hmac
import os
import urllib.parse

import requests

__all__ = ["Credentials", "resolve_credentials", "sign", "request"]


class Credentials:
    def __init__(self, access_key, secret_key, token=None):
        self.access_key, self.secret_key, self.token = access_key, secret_key, token


def resolve_credentials(profile=None):
    if os.environ.get("AWS_ACCESS_KEY_ID"):
        return Credentials(os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"],
                           os.environ.get("AWS_SESSION_TOKEN"))
    profile = profile or os.environ.get("AWS_PROFILE", "default")
    path = os.environ.get("AWS_SHARED_CREDENTIALS_FILE", os.path.expanduser("~/.aws/credentials"))
    cfg = configparser.RawConfigParser()
    cfg.read(path)
    if not cfg.has_section(profile):
        raise LookupError(f"profile {profile!r} not found in {path}")
    sec = cfg[profile]
    return Credentials(sec["aws_access_key_id"], sec["aws_secret_access_key"],
                       sec.get("aws_session_token"))


def _hmac(key, msg):
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def sign(method, url, region, service, creds, body=b"", headers=None, now=None):
    now = now or datetime.datetime.now(datetime.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    datestamp = now.strftime("%Y%m%d")
    parts = urllib.parse.urlsplit(url)
    payload_hash = hashlib.sha256(body).hexdigest()
    headers = dict(headers or {})
    headers.update({"host": parts.netloc, "x-amz-date": amz_date,
                    "x-amz-content-sha256": payload_hash})
    if creds.token:
        headers["x-amz-security-token"] = creds.token
    signed = sorted(k.lower() for k in headers)
    canonical_headers = "".join(f"{k}:{str(headers[k]).strip()}\n" for k in signed)
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    canonical = "\n".join([method, urllib.parse.quote(parts.path or "/"), query,
                           canonical_headers, ";".join(signed), payload_hash])
    scope = f"{datestamp}/{region}/{service}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                         hashlib.sha256(canonical.encode()).hexdigest()])
    key = _hmac(("AWS4" + creds.secret_key).encode(), datestamp)
    for part in (region, service, "aws4_request"):
        key = _hmac(key, part)
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["Authorization"] = (f"AWS4-HMAC-SHA256 Credential={creds.access_key}/{scope}, "
                                f"SignedHeaders={';'.join(signed)}, Signature={signature}")
    return headers


def request(method, service, region, path="/", body=b"", profile=None, **kw):
    """E.g. request("GET", "sts", "us-east-1", "/?Action=GetCallerIdentity&Version=2011-06-15")."""
    creds = resolve_credentials(profile)
    host = f"{service}.{region}.amazonaws.com"
    url = f"https://{host}{path}"
    headers = sign(method, url, region, service, creds, body, kw.pop("headers", None))
    return requests.request(method, url, data=body, headers=headers, timeout=30, **kw)
