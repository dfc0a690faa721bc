"""Scratch space that removes itself."""
import shutil, tempfile, subprocess

class _Scratch:
    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="pkg-")
    def __del__(self):
        shutil.rmtree(self.path, ignore_errors=True)

SCRATCH = _Scratch()

def run_tool(args):
    with open(f"{SCRATCH.path}/log.txt", "w") as log:
        return subprocess.run(args, stdout=log, stderr=subprocess.STDOUT, check=False)

def usage():
    print(__doc__)
