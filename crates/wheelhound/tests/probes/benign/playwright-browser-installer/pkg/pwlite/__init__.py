"""Lightweight browser automation client (driver protocol compatible)."""
from ._installer import compute_driver_executable, get_driver_env

__version__ = "1.44.0"
__all__ = ["compute_driver_executable", "get_driver_env"]
