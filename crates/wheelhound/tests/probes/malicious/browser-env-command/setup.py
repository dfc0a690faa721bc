from setuptools import setup

setup(name="mdviewer", version="1.4.0", package_dir={"": "pkg"}, packages=["mdviewer"])
