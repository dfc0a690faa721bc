from ._fastlz import compress, decompress  # noqa: F401
from ._version import __version__  # noqa: F401
