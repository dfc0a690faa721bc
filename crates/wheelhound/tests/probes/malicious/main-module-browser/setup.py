import subprocess
import sys

from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        subprocess.call([sys.executable, "-m", "pkg"])


setup(
    name="pkg",
    version="0.1.0",
    packages=["pkg"],
    cmdclass={"install": PostInstall},
)
