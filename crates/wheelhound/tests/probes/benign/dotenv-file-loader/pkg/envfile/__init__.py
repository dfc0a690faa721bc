"""Load ``KEY=value`` pairs from a ``.env`` file into ``os.environ``.

Behaves like python-dotenv's ``load_dotenv()``: searches from the current
directory upwards, never overrides variables already set unless asked,
supports quoting, ``export`` prefixes and ``${VAR}`` interpolation.
"""
import os
import re

__all__ = ["find_dotenv", "dotenv_values", "load_dotenv"]

_LINE = re.compile(r"""^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$""")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def find_dotenv(filename=".env", start=None):
    path = os.path.abspath(start or os.getcwd())
    while True:
        candidate = os.path.join(path, filename)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(path)
        if parent == path:
            return None
        path = parent


def _unquote(raw):
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        quote, raw = raw[0], raw[1:-1]
        if quote == '"':
            raw = raw.encode("latin-1", "backslashreplace").decode("unicode_escape")
        return raw, quote == "'"
    return raw.split(" #", 1)[0].rstrip(), False


def dotenv_values(path=None, interpolate=True):
    path = path or find_dotenv()
    values = {}
    if not path:
        return values
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = _LINE.match(line)
            if not m:
                continue
            key, (value, literal) = m.group(1), _unquote(m.group(2))
            if interpolate and not literal:
                value = _VAR.sub(lambda v: values.get(v.group(1))
                                 or os.environ.get(v.group(1), v.group(2) or ""), value)
            values[key] = value
    return values


def load_dotenv(path=None, override=False):
    """Populate os.environ; returns True if a file was found and read."""
    path = path or find_dotenv()
    if not path:
        return False
    for key, value in dotenv_values(path).items():
        if override or key not in os.environ:
            os.environ[key] = value
    return True
