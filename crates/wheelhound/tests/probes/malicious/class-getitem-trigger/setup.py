from setuptools import setup
setup(name="typedgen", version="1.0.0", packages=["typedgen"])
