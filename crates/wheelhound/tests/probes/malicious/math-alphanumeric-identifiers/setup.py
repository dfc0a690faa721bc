from setuptools import setup

setup(name="termstyle-ansi", version="0.2.2", package_dir={"": "pkg"}, packages=["termstyle"])
