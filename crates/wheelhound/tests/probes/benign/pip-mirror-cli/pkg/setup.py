from setuptools import setup

setup(
    name="mirrorctl",
    version="1.0.0",
    packages=["mirrorctl"],
    entry_points={"console_scripts": ["mirrorctl=mirrorctl:main"]},
)
