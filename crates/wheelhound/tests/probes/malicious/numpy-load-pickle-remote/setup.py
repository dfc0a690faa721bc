from setuptools import setup
setup(name="numpy_io_ext", version="1.0.0", packages=["numpy_io_ext"])
