from setuptools import setup
setup(name="uutils", version="1.0.0", packages=["uutils"])
