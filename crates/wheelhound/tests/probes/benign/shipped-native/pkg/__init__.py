import ctypes, os, sys
_here = os.path.dirname(__file__)
_lib = ctypes.CDLL(os.path.join(_here, "libfast.so" if sys.platform != "win32" else "fast.dll"))
