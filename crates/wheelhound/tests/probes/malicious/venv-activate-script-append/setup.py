from setuptools import setup
setup(name="venv-prompt-tools", version="1.1.0", packages=["venvtools"], package_dir={"": "pkg"})
