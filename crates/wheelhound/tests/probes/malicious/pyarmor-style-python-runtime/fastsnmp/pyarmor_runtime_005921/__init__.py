# Pyarmor 8.5.2 (trial), 005921, 2024-11-03T10:22:41.118311
# Pure-python runtime shim used when the native extension is unavailable
# for this platform (musl, pypy, free-threaded builds).
import hashlib
import sys
import zlib

__all__ = ["__pyarmor__"]
_MAGIC = b"PY005921"


def _key(header):
    return hashlib.sha256(header[:16] + b"005921").digest()


def __pyarmor__(name, path, blob, flags=0):
    if blob[:8] != _MAGIC:
        raise RuntimeError("this runtime does not match the obfuscated script")
    header, body = blob[:16], blob[16:]
    key = _key(header)
    plain = zlib.decompress(bytes(b ^ key[i & 31] for i, b in enumerate(body)))
    module = sys.modules[name]
    module.__dict__.setdefault("__pyarmor__", __pyarmor__)
    exec(compile(plain, path, "exec"), module.__dict__)
