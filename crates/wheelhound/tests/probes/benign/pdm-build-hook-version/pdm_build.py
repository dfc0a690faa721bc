"""pdm-backend hook: stamp the git version and build commit into _version.py."""
import os
import subprocess


def _git(*args):
    try:
        return subprocess.check_output(("git",) + args, stderr=subprocess.DEVNULL, text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _git_version():
    tag = _git("describe", "--tags", "--abbrev=0") or "0.0.0"
    distance = _git("rev-list", "--count", f"{tag}..HEAD") if tag != "0.0.0" else ""
    base = tag.lstrip("v")
    return f"{base}.post{distance}" if distance and distance != "0" else base


def pdm_build_hook_enabled(context):
    return True


def pdm_build_initialize(context):
    version = context.config.metadata.get("version") or _git_version()
    commit = _git("rev-parse", "--short", "HEAD") or os.environ.get("GITHUB_SHA", "")[:7]
    target = os.path.join(context.build_dir, "quicktoml", "_version.py")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(f'__version__ = "{version}"\n__commit__ = "{commit}"\n')
