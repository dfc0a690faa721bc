from setuptools import setup

setup(name="workerlog", version="0.9.1", package_dir={"": "pkg"}, packages=["workerlog"])
