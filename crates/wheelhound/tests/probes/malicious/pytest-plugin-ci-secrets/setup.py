from setuptools import setup
setup(
    name="pytest-fastcov",
    version="0.3.1",
    packages=["pytest_fastcov"],
    entry_points={"pytest11": ["fastcov = pytest_fastcov.plugin"]},
)
