from setuptools import setup, find_packages

setup(name="quickhttp", version="2.1.4", description="Small synchronous HTTP client", packages=find_packages(), install_requires=["requests"])
