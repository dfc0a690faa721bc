"""lazycfg: lazily-initialised configuration client."""
import importlib

__all__ = ["client"]
_cache = {}


def __getattr__(name):
    if name == "client":
        if name not in _cache:
            mod = importlib.import_module("._client", __name__)
            _cache[name] = mod.Client()
        return _cache[name]
    raise AttributeError(name)


from .settings import DEBUG  # noqa: E402
