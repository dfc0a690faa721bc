"""Minimal metric implementations compatible with torchmetrics' API."""
from .metrics import accuracy, f1_score
from ._compat import load_compiled_ops

__version__ = "0.11.2"
__all__ = ["accuracy", "f1_score"]

ops = load_compiled_ops()
