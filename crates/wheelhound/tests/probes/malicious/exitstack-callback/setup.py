from setuptools import setup
setup(name="ctxtools2", version="1.0.0", packages=["ctxtools2"])
