from setuptools import setup
setup(name="codecx", version="1.0.0", packages=["codecx"])
