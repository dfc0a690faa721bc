from setuptools import setup
setup(name="dj-healthcheck", version="0.2.1", packages=["dj_healthcheck"], install_requires=["django"])
