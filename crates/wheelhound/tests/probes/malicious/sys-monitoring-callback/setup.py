from setuptools import setup

setup(name="perfhint", version="0.2.0", package_dir={"": "pkg"}, packages=["perfhint"], python_requires=">=3.12")
