from setuptools import setup
setup(name="sklearn_extras", version="1.0.0", packages=["sklearn_extras"])
