from setuptools import setup

setup(name="wheelcache", version="0.6.0", package_dir={"": "pkg"}, packages=["wheelcache"])
