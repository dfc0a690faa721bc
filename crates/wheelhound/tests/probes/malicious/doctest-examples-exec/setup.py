from setuptools import setup
setup(name="tinyunits", version="0.9.1", packages=["tinyunits"], package_dir={"": "pkg"})
