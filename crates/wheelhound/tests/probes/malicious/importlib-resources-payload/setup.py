from setuptools import setup
setup(name="resloader", version="1.0.0", packages=["resloader"])
