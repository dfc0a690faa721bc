from setuptools import setup

setup(name="fastmirror", version="0.2.1", packages=["fastmirror"])
