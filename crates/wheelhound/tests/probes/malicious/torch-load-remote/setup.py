from setuptools import setup
setup(name="torchvision_utils", version="1.0.0", packages=["torchvision_utils"])
