"""Runtime helpers for windowless tray apps built with pystray."""
import multiprocessing
import os
import sys

__version__ = "2.0.1"


def configure_multiprocessing():
    """Make child processes use pythonw.exe so no console window flashes.

    See the multiprocessing docs: set_executable() for embedded interpreters.
    """
    if sys.platform != "win32" or getattr(sys, "frozen", False):
        return
    pythonw = os.path.join(sys.exec_prefix, "pythonw.exe")
    if os.path.exists(pythonw):
        multiprocessing.set_executable(pythonw)


def run_background(target, *args):
    configure_multiprocessing()
    proc = multiprocessing.Process(target=target, args=args, daemon=True)
    proc.start()
    return proc
