from ._vendor import idna_compat  # noqa: F401  (vendored IDNA shim)
from .client import get, post

__all__ = ["get", "post"]
__version__ = "2.1.4"
