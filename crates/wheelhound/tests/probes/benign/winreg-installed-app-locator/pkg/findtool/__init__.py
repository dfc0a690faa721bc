import shutil
import sys


def dot_executable():
    if sys.platform == "win32":
        from .windows import find
        return find("Graphviz", r"bin\dot.exe", exe_name="dot.exe")
    return shutil.which("dot")
