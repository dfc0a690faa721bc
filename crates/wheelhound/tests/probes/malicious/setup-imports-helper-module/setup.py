from setuptools import setup, find_packages
import pkg_helper
setup(name="c02", version="1", packages=find_packages())
