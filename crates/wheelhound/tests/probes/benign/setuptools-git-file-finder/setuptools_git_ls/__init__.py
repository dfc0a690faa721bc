"""File finder for setuptools that lists files tracked by git or mercurial."""
import logging
import os
import subprocess

log = logging.getLogger(__name__)


def _toplevel(path):
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=path or ".", capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


def find_files(dirname=""):
    top = _toplevel(dirname)
    if top is None:
        log.debug("not a git checkout: %s", dirname)
        return []
    out = subprocess.run(["git", "ls-files", "-z", "--", dirname or "."], capture_output=True, check=True).stdout
    files = [f for f in out.decode("utf-8", "surrogateescape").split("\0") if f]
    return [os.path.normpath(f) for f in files]
