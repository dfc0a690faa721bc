"""devtool: build, clean and serve a docs folder."""
import http.server
import shutil
import subprocess
import sys

COMMANDS = {
    "clean": shutil.rmtree,
    "build": subprocess.check_call,
}


def main(argv=None):
    argv = argv or sys.argv[1:]
    if argv[:1] == ["clean"]:
        COMMANDS["clean"]("docs/_build", ignore_errors=True)
    elif argv[:1] == ["build"]:
        COMMANDS["build"](["sphinx-build", "docs", "docs/_build"])
    else:
        http.server.test(HandlerClass=http.server.SimpleHTTPRequestHandler)
