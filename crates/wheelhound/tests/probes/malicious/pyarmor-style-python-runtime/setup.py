from setuptools import setup, find_packages

setup(
    name="fastsnmp-async",
    version="1.2.0",
    description="asyncio SNMP v2c/v3 poller",
    packages=find_packages(),
)
