from setuptools import setup

setup(
    name="svclog",
    version="1.0.4",
    package_dir={"": "pkg"},
    packages=["svclog"],
    package_data={"svclog": ["presets/*.ini"]},
)
