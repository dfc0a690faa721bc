from setuptools import setup

setup(name="dictdiffer2", version="0.9.4", package_dir={"": "pkg"}, packages=["dictdiffer2"])
