import os
from pathlib import Path


def find_dotenv(filename=".env"):
    """Search the current directory and its parents, like python-dotenv's find_dotenv()."""
    cur = Path.cwd().resolve()
    for d in [cur, *cur.parents]:
        candidate = d / filename
        if candidate.is_file():
            return candidate
    return None


def load_dotenv_upwards(override=False):
    path = find_dotenv()
    if path is None:
        return {}
    loaded = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        key, value = key.strip(), value.strip().strip("'\"")
        if override or key not in os.environ:
            os.environ[key] = value
            loaded[key] = value
    return loaded
