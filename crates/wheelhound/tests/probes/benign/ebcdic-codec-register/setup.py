from setuptools import setup

setup(name="ebcdic-extra", version="1.1.0", package_dir={"": "pkg"}, packages=["ebcdic_extra"])
