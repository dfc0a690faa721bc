from setuptools import setup

setup(
    name="awsprofile-switch",
    version="0.9.1",
    description="Switch between named AWS CLI profiles",
    packages=["awsprofile"],
    install_requires=["boto3"],
)
