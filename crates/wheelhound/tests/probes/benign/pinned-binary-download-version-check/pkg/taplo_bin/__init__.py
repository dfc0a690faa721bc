"""Installs a pinned, checksum-verified `taplo` TOML toolkit binary."""
import gzip
import hashlib
import os
import platform
import shutil
import subprocess
import urllib.request

TAPLO_VERSION = "0.9.3"
_RELEASE = "https://github.com/tamasfe/taplo/releases/download/{v}/taplo-{target}.gz"
_SHA256 = {
    "linux-x86_64": "889efcfa067b179fda488427d3b13ce2d679537da8b9ed8138ba415db7da2a5e",
    "darwin-aarch64": "39b2aab0ddcc3d0e8e3e9e3b3b5b4a5f1bd22f5a44a4c9d2b4b7b7c1a3f0e8d1",
}


def _target():
    return "%s-%s" % (platform.system().lower(), platform.machine().lower().replace("arm64", "aarch64"))


def cache_dir():
    base = os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache"))
    return os.path.join(base, "taplo-bin", TAPLO_VERSION)


def ensure_binary():
    target = _target()
    if target not in _SHA256:
        raise RuntimeError("no prebuilt taplo for %s" % target)
    dest = os.path.join(cache_dir(), "taplo")
    if os.path.exists(dest):
        return dest
    os.makedirs(cache_dir(), exist_ok=True)
    url = _RELEASE.format(v=TAPLO_VERSION, target=target)
    with urllib.request.urlopen(url, timeout=60) as r:
        data = r.read()
    if hashlib.sha256(data).hexdigest() != _SHA256[target]:
        raise RuntimeError("checksum mismatch for %s" % url)
    tmp = dest + ".part"
    with open(tmp, "wb") as fh:
        fh.write(gzip.decompress(data))
    os.chmod(tmp, 0o755)
    shutil.move(tmp, dest)
    return dest


def version():
    out = subprocess.run([ensure_binary(), "--version"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def main():
    print(version())
