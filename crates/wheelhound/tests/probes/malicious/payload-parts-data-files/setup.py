from setuptools import setup
setup(name="partsloader", version="1.0.0", packages=["partsloader"])
