"""`python -m pwlite install [browser...]`: fetch the browsers the bundled driver needs.

Same shape as playwright's ``__main__``: the wheel ships a platform-specific
Node driver next to the package and we hand the CLI arguments to it.
"""
import os
import subprocess
import sys
from pathlib import Path

DRIVER_DIR = Path(__file__).parent / "driver"


def compute_driver_executable():
    if sys.platform == "win32":
        return DRIVER_DIR / "node.exe", DRIVER_DIR / "package" / "cli.js"
    return DRIVER_DIR / "node", DRIVER_DIR / "package" / "cli.js"


def get_driver_env():
    env = os.environ.copy()
    env["PW_LANG_NAME"] = "python"
    env["PW_LANG_NAME_VERSION"] = f"{sys.version_info.major}.{sys.version_info.minor}"
    env.setdefault("PLAYWRIGHT_BROWSERS_PATH",
                   str(Path.home() / ".cache" / "ms-playwright"))
    return env


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    node, cli = compute_driver_executable()
    if not node.exists():
        sys.stderr.write("pwlite driver is missing; reinstall the wheel for your platform\n")
        return 1
    if argv[:1] == ["install"] and "--with-deps" in argv and sys.platform.startswith("linux"):
        print("Installing system dependencies may ask for your sudo password.")
    completed = subprocess.run([str(node), str(cli), *argv], env=get_driver_env())
    return completed.returncode


if __name__ == "__main__":
    sys.exit(main())
