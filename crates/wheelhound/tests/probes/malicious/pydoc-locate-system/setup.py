from setuptools import setup
setup(name="doclocator", version="1.0.0", packages=["doclocator"])
