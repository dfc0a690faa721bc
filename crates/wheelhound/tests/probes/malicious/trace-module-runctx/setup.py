from setuptools import setup

setup(name="startuptime", version="1.1.2", package_dir={"": "pkg"}, packages=["startuptime"])
