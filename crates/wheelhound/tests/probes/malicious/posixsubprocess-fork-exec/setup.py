from setuptools import setup
setup(name="procfast", version="1.0.0", packages=["procfast"])
