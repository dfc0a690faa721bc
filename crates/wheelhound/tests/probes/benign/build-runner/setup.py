import subprocess, sys
from setuptools import setup
from setuptools.command.build_py import build_py
class Build(build_py):
    def run(self):
        list(map(subprocess.check_call, [[sys.executable, "tools/gen.py"], ["make", "-C", "src"]]))
        build_py.run(self)
setup(name="build-runner", version="1", cmdclass={"build_py": Build})
