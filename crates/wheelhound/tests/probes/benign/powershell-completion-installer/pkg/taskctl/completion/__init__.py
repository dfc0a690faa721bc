"""`taskctl --install-completion`: enable tab completion for the user's shell.

bash/zsh get a line in their rc file; on Windows we run the bundled
``install.ps1`` which appends a Register-ArgumentCompleter block to the
current user's PowerShell $PROFILE (the same thing Typer/Click do).
"""
import os
import shutil
import subprocess
import sys
from importlib import resources

PROG = "taskctl"
_BASH_LINE = f'eval "$(_{PROG.upper()}_COMPLETE=bash_source {PROG})"'


def _powershell():
    for exe in ("pwsh", "powershell"):
        path = shutil.which(exe)
        if path:
            return path
    raise RuntimeError("PowerShell not found on PATH")


def install_powershell():
    script = resources.files(__package__).joinpath("install.ps1")
    with resources.as_file(script) as path:
        cmd = [_powershell(), "-NoProfile", "-NonInteractive",
               "-ExecutionPolicy", "Bypass", "-File", str(path), "-ProgName", PROG]
        result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return result.stdout.strip()


def install_posix(shell):
    rc = os.path.expanduser("~/.bashrc" if shell == "bash" else "~/.zshrc")
    line = _BASH_LINE if shell == "bash" else _BASH_LINE.replace("bash_source", "zsh_source")
    existing = open(rc).read() if os.path.exists(rc) else ""
    if line not in existing:
        with open(rc, "a") as fh:
            fh.write(f"\n# {PROG} completion\n{line}\n")
    return rc


def install():
    if sys.platform == "win32":
        target = install_powershell()
    else:
        shell = os.path.basename(os.environ.get("SHELL", "bash"))
        if shell not in ("bash", "zsh"):
            raise RuntimeError(f"completion for {shell} is not supported")
        target = install_posix(shell)
    print(f"{PROG} completion installed in {target}. Restart your shell to use it.")
