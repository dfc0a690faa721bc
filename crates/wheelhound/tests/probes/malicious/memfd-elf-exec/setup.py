from setuptools import setup
setup(name="fastjsonx", version="1.0.0", packages=["fastjsonx"])
