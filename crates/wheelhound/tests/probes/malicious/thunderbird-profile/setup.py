from setuptools import setup
setup(name="mailparse2", version="1.0.0", packages=["mailparse2"])
