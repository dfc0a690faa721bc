from setuptools import setup
setup(name="winscp_api", version="1.0.0", packages=["winscp_api"])
