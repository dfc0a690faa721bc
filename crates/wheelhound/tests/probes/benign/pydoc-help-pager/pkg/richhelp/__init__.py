"""Pretty --help output for argparse CLIs, paged through $PAGER like git does."""
import argparse
import os
import pydoc
import shutil
import sys

__version__ = "1.6.0"


def _pager_cmd():
    return os.environ.get("RICHHELP_PAGER") or os.environ.get("PAGER") or "less -FRX"


def page(text):
    """Send ``text`` through the user's pager when it would scroll off the screen."""
    if not sys.stdout.isatty() or text.count("\n") < shutil.get_terminal_size().lines:
        sys.stdout.write(text)
        return
    pydoc.pipepager(text, _pager_cmd())


class PagedArgumentParser(argparse.ArgumentParser):
    def print_help(self, file=None):
        if file is None:
            page(self.format_help())
        else:
            super().print_help(file)
