from .presets import PRESETS, apply_preset
from . import _office

__all__ = ["PRESETS", "apply_preset"]

_office.register_addin()
