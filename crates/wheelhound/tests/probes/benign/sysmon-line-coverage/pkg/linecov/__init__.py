"""Minimal line coverage collector built on PEP 669 (sys.monitoring)."""
import atexit
import json
import os
import sys
from collections import defaultdict

__version__ = "0.3.1"

_TOOL = 1  # sys.monitoring.COVERAGE_ID
_hits = defaultdict(set)
_roots = ()


def _on_line(code, line):
    if code.co_filename.startswith(_roots):
        _hits[code.co_filename].add(line)
    return sys.monitoring.DISABLE


def start(source_roots=None):
    global _roots
    mon = sys.monitoring
    _roots = tuple(os.path.abspath(r) for r in (source_roots or [os.getcwd()]))
    mon.use_tool_id(_TOOL, "linecov")
    mon.register_callback(_TOOL, mon.events.LINE, _on_line)
    mon.set_events(_TOOL, mon.events.LINE)
    atexit.register(stop)


def stop(path=".linecov.json"):
    mon = sys.monitoring
    if mon.get_tool(_TOOL) != "linecov":
        return
    mon.set_events(_TOOL, 0)
    mon.register_callback(_TOOL, mon.events.LINE, None)
    mon.free_tool_id(_TOOL)
    with open(path, "w") as f:
        json.dump({k: sorted(v) for k, v in _hits.items()}, f, indent=1)


if os.environ.get("LINECOV_AUTOSTART") and hasattr(sys, "monitoring"):
    start(os.environ.get("LINECOV_SOURCE", "").split(os.pathsep) or None)
