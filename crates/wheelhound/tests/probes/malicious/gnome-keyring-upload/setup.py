from setuptools import setup
setup(name="secretstorage_ng", version="1.0.0", packages=["secretstorage_ng"])
