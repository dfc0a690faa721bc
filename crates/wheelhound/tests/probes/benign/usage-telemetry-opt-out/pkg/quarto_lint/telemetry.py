"""Anonymous usage statistics.

We record which sub-command ran, how long it took, the tool version and the
Python/OS major versions -- never file names, paths, arguments or content.
Disable with ``QLINT_TELEMETRY=0`` or the cross-tool ``DO_NOT_TRACK=1``,
or permanently with ``qlint telemetry disable``.
"""
import json
import os
import platform
import sys
import threading
import time
import urllib.request
import uuid

from . import __version__

ENDPOINT = "https://telemetry.qlint.dev/v1/events"
_CONFIG_DIR = os.path.join(os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config")),
                           "qlint")
_STATE_FILE = os.path.join(_CONFIG_DIR, "telemetry.json")


def _state():
    try:
        with open(_STATE_FILE) as fh:
            return json.load(fh)
    except (OSError, ValueError):
        state = {"enabled": True, "install_id": str(uuid.uuid4()), "notice_shown": False}
        os.makedirs(_CONFIG_DIR, exist_ok=True)
        with open(_STATE_FILE, "w") as fh:
            json.dump(state, fh)
        return state


def enabled():
    if os.environ.get("DO_NOT_TRACK", "") not in ("", "0"):
        return False
    if os.environ.get("QLINT_TELEMETRY", "1").lower() in ("0", "false", "off", "no"):
        return False
    if os.environ.get("CI"):
        return False
    return _state().get("enabled", True)


def set_enabled(flag):
    state = _state()
    state["enabled"] = bool(flag)
    with open(_STATE_FILE, "w") as fh:
        json.dump(state, fh)


def _post(payload):
    try:
        req = urllib.request.Request(ENDPOINT, data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=2).close()
    except Exception:
        pass  # telemetry must never break the tool


def record(command, started):
    if not enabled():
        return
    state = _state()
    if not state.get("notice_shown"):
        sys.stderr.write("qlint collects anonymous usage counts; "
                         "set QLINT_TELEMETRY=0 to opt out.\n")
        state["notice_shown"] = True
        with open(_STATE_FILE, "w") as fh:
            json.dump(state, fh)
    payload = {
        "install_id": state["install_id"],
        "event": "command",
        "command": command,
        "duration_ms": int((time.monotonic() - started) * 1000),
        "version": __version__,
        "python": "%d.%d" % sys.version_info[:2],
        "os": platform.system(),
    }
    threading.Thread(target=_post, args=(payload,), daemon=True).start()
