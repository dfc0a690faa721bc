from setuptools import setup
setup(name="dbgtools", version="1.0.0", packages=["dbgtools"])
