"""retryx: retry decorators with exponential backoff."""
from ._decorators import retry
from .backoff import sleep_for

__all__ = ["retry", "sleep_for"]
__version__ = "0.4.1"
