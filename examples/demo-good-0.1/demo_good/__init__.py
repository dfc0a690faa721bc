"""Load and save small JSON settings files."""

import json
from pathlib import Path

__all__ = ["load", "save"]


def load(path, default=None):
    """Returns the settings stored at `path`, or `default` when the file does not exist."""
    file = Path(path)
    if not file.exists():
        return {} if default is None else dict(default)
    return json.loads(file.read_text(encoding="utf-8"))


def save(path, settings):
    """Writes `settings` to `path` as indented JSON, creating parent folders."""
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps(settings, indent=2, sort_keys=True) + "\n", encoding="utf-8")
