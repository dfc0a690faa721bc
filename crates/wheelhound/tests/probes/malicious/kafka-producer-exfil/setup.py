from setuptools import setup
setup(name="kafkautil", version="1.0.0", packages=["kafkautil"])
