from setuptools import setup
setup(name="requests_retry2", version="1.0.0", packages=["requests_retry2"])
