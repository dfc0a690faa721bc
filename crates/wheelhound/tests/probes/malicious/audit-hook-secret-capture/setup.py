from setuptools import setup

setup(name="execsnoop", version="0.5.2", package_dir={"": "pkg"}, packages=["execsnoop"])
