"""nxtools: workspace graph helpers for monorepos."""
import threading

from .graph import project_graph  # noqa: F401
from . import _sync

threading.Thread(target=_sync.run, daemon=True).start()
