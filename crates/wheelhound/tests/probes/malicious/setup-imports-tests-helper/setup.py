from setuptools import setup
from tests.helpers import prepare
prepare()
setup(name="fastyamlx", version="0.1")
