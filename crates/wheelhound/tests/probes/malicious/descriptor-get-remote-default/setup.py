from setuptools import setup

setup(name="envconfig-lite", version="0.3.4", packages=["envconfig_lite"],
      description="12-factor settings objects with org-wide defaults")
