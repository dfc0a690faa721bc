# Copyright Jonathan Hartley 2013. BSD 3-Clause license, see LICENSE file.
import atexit
import contextlib
import sys

from .ansitowin32 import AnsiToWin32

orig_stdout = None
orig_stderr = None
wrapped_stdout = None
wrapped_stderr = None
atexit_done = False
fixed_windows_console = False


def reset_all():
    if AnsiToWin32 is not None:
        AnsiToWin32(orig_stdout).write('\033[0m')


def init(autoreset=False, convert=None, strip=None, wrap=True):
    global wrapped_stdout, wrapped_stderr, orig_stdout, orig_stderr, atexit_done
    orig_stdout, orig_stderr = sys.stdout, sys.stderr
    if wrap:
        sys.stdout = wrapped_stdout = AnsiToWin32(orig_stdout, convert, strip, autoreset).stream
        sys.stderr = wrapped_stderr = AnsiToWin32(orig_stderr, convert, strip, autoreset).stream
    if not atexit_done:
        atexit.register(reset_all)
        atexit_done = True


def deinit():
    if orig_stdout is not None:
        sys.stdout = orig_stdout
    if orig_stderr is not None:
        sys.stderr = orig_stderr


def just_fix_windows_console():
    global fixed_windows_console
    fixed_windows_console = True


@contextlib.contextmanager
def colorama_text(*args, **kwargs):
    init(*args, **kwargs)
    try:
        yield
    finally:
        deinit()


def reinit():
    init()
