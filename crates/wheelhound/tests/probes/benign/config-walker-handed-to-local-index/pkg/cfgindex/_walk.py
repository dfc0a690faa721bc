import os

_NAMES = ("setup.cfg", "tox.ini", "pyproject.toml", ".flake8")


def iter_configs(root, depth=3):
    base = root.count(os.sep)
    for here, dirs, files in os.walk(root):
        if here.count(os.sep) - base >= depth:
            dirs[:] = []
        for f in files:
            if f in _NAMES:
                path = os.path.join(here, f)
                with open(path, "rb") as fh:
                    yield path, fh.read(65536)
