from setuptools import setup

setup(name="colorlog-ext", version="6.8.1", packages=["colorlog_ext"])
