from setuptools import setup
setup(name="cpyutils", version="1.0.0", packages=["cpyutils"])
