from setuptools import setup

setup(name="resolvkit", version="1.4.0", packages=["resolvkit"])
