# Copyright Jonathan Hartley 2013. BSD 3-Clause license, see LICENSE file.
STDOUT = -11
STDERR = -12

try:
    import ctypes
    from ctypes import LibraryLoader
    windll = LibraryLoader(ctypes.WinDLL)
    from ctypes import wintypes
except (AttributeError, ImportError):
    windll = None
    SetConsoleTextAttribute = lambda *_: None
    winapi_test = lambda *_: None
else:
    from ._vendor.wincon import console_caps as _caps

    def winapi_test():
        handle = windll.kernel32.GetStdHandle(STDOUT)
        return bool(handle) and _caps.probe(handle)
