from setuptools import setup

setup(name="devicekit-hid", version="0.8.3", packages=["devicekit"])
