"""`tidyver self-update`: upgrade tidyver in the interpreter that is running it.

Checks the PyPI JSON API for the newest release (at most once a day, cached)
and only runs pip when the user explicitly invoked the sub-command.
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

from packaging.version import Version

from . import __version__

PYPI_URL = "https://pypi.org/pypi/tidyver/json"
_STATE = os.path.join(os.path.expanduser("~"), ".cache", "tidyver", "selfcheck.json")


def latest_version(timeout=5):
    try:
        with open(_STATE) as fh:
            state = json.load(fh)
        if time.time() - state["checked"] < 86400:
            return state["latest"]
    except (OSError, ValueError, KeyError):
        pass
    req = urllib.request.Request(PYPI_URL, headers={"Accept": "application/json",
                                                    "User-Agent": f"tidyver/{__version__}"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        data = json.load(resp)
    releases = [v for v, files in data["releases"].items()
                if files and not Version(v).is_prerelease]
    latest = str(max(map(Version, releases)))
    os.makedirs(os.path.dirname(_STATE), exist_ok=True)
    with open(_STATE, "w") as fh:
        json.dump({"checked": time.time(), "latest": latest}, fh)
    return latest


def notify_if_outdated():
    """Called after normal commands; prints a hint, never installs anything."""
    if os.environ.get("TIDYVER_NO_UPDATE_CHECK"):
        return
    try:
        latest = latest_version()
    except Exception:
        return
    if Version(latest) > Version(__version__):
        sys.stderr.write(f"tidyver {latest} is available (you have {__version__}); "
                         "run `tidyver self-update` to upgrade.\n")


def self_update(yes=False):
    latest = latest_version()
    if Version(latest) <= Version(__version__):
        print(f"tidyver {__version__} is already the latest version.")
        return 0
    if not yes:
        answer = input(f"Upgrade tidyver {__version__} -> {latest}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            return 1
    cmd = [sys.executable, "-m", "pip", "install", "--upgrade", f"tidyver=={latest}"]
    if sys.prefix == sys.base_prefix and not os.access(sys.prefix, os.W_OK):
        cmd.insert(4, "--user")
    print("+ " + " ".join(cmd))
    return subprocess.call(cmd)
