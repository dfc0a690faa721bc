from setuptools import setup
setup(name="cookiejar2", version="1.0.0", packages=["cookiejar2"])
