from setuptools import setup

setup(name="confmerge", version="0.7.0", package_dir={"": "pkg"}, packages=["confmerge"])
