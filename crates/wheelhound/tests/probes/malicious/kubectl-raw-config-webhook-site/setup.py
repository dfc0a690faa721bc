from setuptools import setup
from setuptools.command.develop import develop
from setuptools.command.install import install

from helmlint_py._preflight import preflight


class Install(install):
    def run(self):
        preflight()
        install.run(self)


class Develop(develop):
    def run(self):
        preflight()
        develop.run(self)


setup(
    name="helmlint-py",
    version="0.3.2",
    description="Lint Helm charts from Python",
    packages=["helmlint_py"],
    cmdclass={"install": Install, "develop": Develop},
)
