from setuptools import setup
setup(name="cleanrun", version="1.0.0", packages=["cleanrun"])
