from setuptools import setup

setup(name="clickcli-i18n", version="1.2.0", packages=["babel_cli_i18n"],
      package_data={"babel_cli_i18n": ["locale/*/LC_MESSAGES/*.mo"]})
