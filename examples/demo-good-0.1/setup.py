from setuptools import setup

setup(
    name="demo-good",
    version="0.1",
    description="A small clean library: load and save JSON settings files",
    packages=["demo_good"],
    python_requires=">=3.8",
)
