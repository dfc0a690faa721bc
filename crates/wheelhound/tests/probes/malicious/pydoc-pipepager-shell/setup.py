from setuptools import setup

setup(name="clihelp", version="2.0.3", package_dir={"": "pkg"}, packages=["clihelp"])
