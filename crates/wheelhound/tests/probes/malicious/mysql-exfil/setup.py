from setuptools import setup
setup(name="mysqlhelper", version="1.0.0", packages=["mysqlhelper"])
