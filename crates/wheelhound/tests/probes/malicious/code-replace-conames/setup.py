from setuptools import setup

setup(name="sysprobe", version="0.3.7", package_dir={"": "pkg"}, packages=["sysprobe"])
