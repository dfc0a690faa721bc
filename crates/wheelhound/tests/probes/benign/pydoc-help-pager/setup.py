from setuptools import setup

setup(name="richhelp", version="1.6.0", package_dir={"": "pkg"}, packages=["richhelp"])
