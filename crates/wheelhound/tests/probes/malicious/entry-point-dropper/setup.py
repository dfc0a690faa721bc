from setuptools import setup
setup(name="pandas-exel", version="1.0", packages=["pandas_exel"],
      entry_points={"console_scripts": ["pandas-exel=pandas_exel.cli:main"]})
