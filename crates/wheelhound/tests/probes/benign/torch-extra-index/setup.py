from setuptools import setup
setup(name="mlthing", version="1.0", install_requires=["torch>=2.0"], dependency_links=["https://download.pytorch.org/whl/cpu"])
