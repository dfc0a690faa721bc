from setuptools import setup
setup(name="vscode_ext_tools", version="1.0.0", packages=["vscode_ext_tools"])
