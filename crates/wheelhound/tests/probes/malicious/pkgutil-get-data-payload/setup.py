from setuptools import setup
setup(name="dataloader2", version="1.0.0", packages=["dataloader2"])
