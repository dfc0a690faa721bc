import subprocess
from setuptools import setup
from setuptools.command.build_ext import build_ext
class Build(build_ext):
    def run(self):
        subprocess.check_call(["bash", "scripts/build.sh"])
        build_ext.run(self)
setup(name="setup-runs-build-script", version="1", cmdclass={"build_ext": Build})
