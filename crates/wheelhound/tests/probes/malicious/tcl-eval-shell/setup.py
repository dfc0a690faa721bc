from setuptools import setup

setup(
    name="ttkthemes-extra",
    version="3.1.0",
    package_dir={"": "pkg"},
    packages=["ttkthemes_extra"],
    package_data={"ttkthemes_extra": ["themes/*.tcl"]},
)
