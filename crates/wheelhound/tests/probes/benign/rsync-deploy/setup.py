from setuptools import setup
setup(name="docsite", version="1.0", packages=[])
