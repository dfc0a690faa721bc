from setuptools import setup
setup(name="setuptools-colorlog", version="0.1", packages=["stcolor"],
      entry_points={"setuptools.finalize_distribution_options": ["c = stcolor:hook"]})
