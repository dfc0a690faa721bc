from setuptools import setup

setup(name="linecov", version="0.3.1", package_dir={"": "pkg"}, packages=["linecov"], python_requires=">=3.12")
