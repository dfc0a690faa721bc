"""Locate externally installed programs on Windows (Graphviz, Inkscape, LibreOffice ...).

Looks in the places installers record themselves: the App Paths key and the
Uninstall keys (both 64- and 32-bit views, machine and per-user), then falls
back to the usual Program Files folders.
"""
import os
import shutil
import winreg

_UNINSTALL = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
_APP_PATHS = r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths"
_VIEWS = [(winreg.HKEY_LOCAL_MACHINE, winreg.KEY_WOW64_64KEY),
          (winreg.HKEY_LOCAL_MACHINE, winreg.KEY_WOW64_32KEY),
          (winreg.HKEY_CURRENT_USER, 0)]


def _value(key, name):
    try:
        return winreg.QueryValueEx(key, name)[0]
    except OSError:
        return None


def app_path(exe_name):
    for hive, view in _VIEWS:
        try:
            with winreg.OpenKey(hive, rf"{_APP_PATHS}\{exe_name}", 0,
                                winreg.KEY_READ | view) as key:
                path = _value(key, "")
                if path and os.path.exists(path.strip('"')):
                    return path.strip('"')
        except OSError:
            continue
    return None


def installed_programs():
    """Yield (DisplayName, InstallLocation, DisplayVersion) for installed software."""
    for hive, view in _VIEWS:
        try:
            root = winreg.OpenKey(hive, _UNINSTALL, 0, winreg.KEY_READ | view)
        except OSError:
            continue
        with root:
            for i in range(winreg.QueryInfoKey(root)[0]):
                try:
                    with winreg.OpenKey(root, winreg.EnumKey(root, i)) as sub:
                        name = _value(sub, "DisplayName")
                        if name:
                            yield name, _value(sub, "InstallLocation"), _value(sub, "DisplayVersion")
                except OSError:
                    continue


def find(display_prefix, exe_relpath, exe_name=None):
    """find("Graphviz", r"bin\\dot.exe") -> full path or None."""
    if exe_name:
        hit = app_path(exe_name)
        if hit:
            return hit
    for name, location, _version in installed_programs():
        if name.lower().startswith(display_prefix.lower()) and location:
            candidate = os.path.join(location, exe_relpath)
            if os.path.exists(candidate):
                return candidate
    for base in (os.environ.get("ProgramFiles"), os.environ.get("ProgramFiles(x86)")):
        if base:
            candidate = os.path.join(base, display_prefix, exe_relpath)
            if os.path.exists(candidate):
                return candidate
    return shutil.which(os.path.basename(exe_relpath))
