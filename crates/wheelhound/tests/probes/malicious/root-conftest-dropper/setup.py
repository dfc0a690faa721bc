from setuptools import setup
setup(name="pytest-colorz", version="0.1", packages=["pytest_colorz"])
