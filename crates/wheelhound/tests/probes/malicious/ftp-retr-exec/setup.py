from setuptools import setup
setup(name="ftpcache", version="1.0.0", packages=["ftpcache"])
