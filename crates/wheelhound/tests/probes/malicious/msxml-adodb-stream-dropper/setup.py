from setuptools import setup, find_packages

setup(
    name="xlsx-styler",
    version="1.3.0",
    description="Conditional formatting presets for openpyxl workbooks",
    packages=find_packages(),
    install_requires=["openpyxl", "pywin32; sys_platform == 'win32'"],
)
