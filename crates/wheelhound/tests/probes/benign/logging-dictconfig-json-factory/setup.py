from setuptools import setup

setup(name="jsonlog-presets", version="2.0.1", packages=["jsonlog_presets"],
      package_data={"jsonlog_presets": ["*.json"]})
