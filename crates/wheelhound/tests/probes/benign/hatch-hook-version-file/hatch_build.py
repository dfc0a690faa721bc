import os, subprocess
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

class VersionHook(BuildHookInterface):
    def initialize(self, version, build_data):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        with open(os.path.join(self.root, "verpkg", "_build.py"), "w") as f:
            f.write(f"COMMIT = {commit!r}\n")
