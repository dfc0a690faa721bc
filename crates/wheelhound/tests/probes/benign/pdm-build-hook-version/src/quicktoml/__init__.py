try:
    import tomllib as _toml
except ImportError:  # pragma: no cover
    import tomli as _toml

from ._version import __version__  # noqa: F401

loads = _toml.loads
load = _toml.load
