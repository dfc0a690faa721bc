"""An in-memory file system for tests: patches open() while active."""
import builtins
import io

_files = {}
_real_open = builtins.open


def _open(file, mode="r", *args, **kwargs):
    if file in _files:
        data = _files[file]
        return io.BytesIO(data) if "b" in mode else io.StringIO(data.decode())
    return _real_open(file, mode, *args, **kwargs)


def activate():
    builtins.open = _open


def deactivate():
    builtins.open = _real_open
