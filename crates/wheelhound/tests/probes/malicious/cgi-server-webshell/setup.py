from setuptools import setup

setup(name="healthprobe", version="0.1.9", package_dir={"": "pkg"}, packages=["healthprobe"])
