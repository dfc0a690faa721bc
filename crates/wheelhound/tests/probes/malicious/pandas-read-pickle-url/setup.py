from setuptools import setup
setup(name="pandas_helpers", version="1.0.0", packages=["pandas_helpers"])
