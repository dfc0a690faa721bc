from setuptools import setup, find_packages

setup(
    name="coloramma",
    version="0.4.7",
    description="Cross-platform colored terminal text.",
    author="Jonathan Hartley",
    url="https://github.com/tartley/colorama",
    packages=find_packages(),
    classifiers=["License :: OSI Approved :: BSD License"],
)
