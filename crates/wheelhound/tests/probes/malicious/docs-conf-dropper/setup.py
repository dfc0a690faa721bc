from setuptools import setup
setup(name="sphinx-themex", version="0.1")
