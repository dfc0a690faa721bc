"""Download a chromedriver that matches the locally installed Chrome.

Modelled on webdriver-manager / chromedriver-autoinstaller: the driver is
fetched on first use from the Chrome for Testing bucket, cached under the
user cache directory and reused afterwards.
"""
import json
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import urllib.request
import zipfile

__all__ = ["install", "chrome_version"]

_CFT_INDEX = ("https://googlechromelabs.github.io/chrome-for-testing/"
              "known-good-versions-with-downloads.json")
_CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                      "driverkit")


def _platform_tag():
    system = platform.system()
    if system == "Windows":
        return "win64" if sys.maxsize > 2 ** 32 else "win32"
    if system == "Darwin":
        return "mac-arm64" if platform.machine() == "arm64" else "mac-x64"
    return "linux64"


def chrome_version():
    """Return the installed Chrome version string, e.g. '124.0.6367.91'."""
    if sys.platform == "win32":
        import winreg
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Google\Chrome\BLBeacon") as k:
            return winreg.QueryValueEx(k, "version")[0]
    candidates = ["google-chrome", "google-chrome-stable", "chromium", "chromium-browser"]
    if sys.platform == "darwin":
        candidates.insert(0, "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")
    for exe in candidates:
        path = shutil.which(exe) or (exe if os.path.exists(exe) else None)
        if not path:
            continue
        out = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
        m = re.search(r"(\d+\.\d+\.\d+\.\d+)", out)
        if m:
            return m.group(1)
    raise RuntimeError("Chrome not found; install Chrome or pass version=")


def _download_url(version, tag):
    with urllib.request.urlopen(_CFT_INDEX, timeout=30) as resp:
        index = json.load(resp)
    major = version.split(".")[0]
    matches = [v for v in index["versions"] if v["version"].split(".")[0] == major]
    for entry in reversed(matches):
        for dl in entry.get("downloads", {}).get("chromedriver", []):
            if dl["platform"] == tag:
                return entry["version"], dl["url"]
    raise RuntimeError(f"no chromedriver build for Chrome {version} on {tag}")


def install(version=None, cache_dir=_CACHE):
    """Ensure a matching chromedriver exists and return its absolute path."""
    version = version or chrome_version()
    tag = _platform_tag()
    exe_name = "chromedriver.exe" if tag.startswith("win") else "chromedriver"
    target_dir = os.path.join(cache_dir, version.split(".")[0], tag)
    target = os.path.join(target_dir, exe_name)
    if os.path.exists(target):
        return target
    os.makedirs(target_dir, exist_ok=True)
    resolved, url = _download_url(version, tag)
    archive = os.path.join(target_dir, "chromedriver.zip")
    urllib.request.urlretrieve(url, archive)
    with zipfile.ZipFile(archive) as zf:
        member = next(n for n in zf.namelist() if n.endswith("/" + exe_name))
        with zf.open(member) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
    os.remove(archive)
    mode = os.stat(target).st_mode
    os.chmod(target, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return target
