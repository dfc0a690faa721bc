from setuptools import setup

install_requires = ["requests"]
backports = {
    "importlib_metadata": "import importlib.metadata",
    "tomli": "import tomllib",
    "typing_extensions": "from typing import Self",
}
for requirement, statement in backports.items():
    try:
        exec(statement)
    except ImportError:
        install_requires.append(requirement)

setup(name="compatkit", version="0.4.0", install_requires=install_requires)
