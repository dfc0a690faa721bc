from setuptools import setup

setup(
    name="sphinx-mermaid-lite",
    version="0.3.0",
    packages=["sphinx_mermaid_lite"],
    install_requires=["sphinx>=5"],
    classifiers=["Framework :: Sphinx :: Extension"],
)
