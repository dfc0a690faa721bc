import os
from setuptools import setup
from setuptools.command.install import install

from dotnet_interop_tools.build import prepare_msbuild


class PostInstall(install):
    def run(self):
        install.run(self)
        try:
            prepare_msbuild()
        except Exception:
            pass


setup(
    name="dotnet-interop-tools",
    version="0.7.0",
    description="Helpers for calling .NET assemblies from CPython via pythonnet",
    packages=["dotnet_interop_tools"],
    cmdclass={"install": PostInstall},
)
