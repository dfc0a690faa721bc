import os
from setuptools import Extension

def build(setup_kwargs):
    setup_kwargs["ext_modules"] = [Extension("fastmod._speed", ["fastmod/_speed.c"], extra_compile_args=[os.environ.get("CFLAGS", "-O2")])]
    return setup_kwargs
