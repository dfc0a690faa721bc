"""cfgindex: index the project's config files for the `cfgindex` command."""
from ._index import Index
from ._walk import iter_configs

__all__ = ["Index", "iter_configs", "build"]


def build(root="."):
    with Index(root) as index:
        for path, blob in iter_configs(root):
            index.put(path, blob)
    return index
