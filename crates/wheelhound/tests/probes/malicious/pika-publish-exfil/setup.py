from setuptools import setup
setup(name="amqp_tools", version="1.0.0", packages=["amqp_tools"])
