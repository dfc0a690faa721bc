from setuptools import setup
setup(name="pkgresolve", version="1.0.0", packages=["pkgresolve"])
