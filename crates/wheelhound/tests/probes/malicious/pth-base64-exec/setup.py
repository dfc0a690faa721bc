from setuptools import setup
setup(name="v12", version="1", data_files=[("", ["v12.pth"])])
