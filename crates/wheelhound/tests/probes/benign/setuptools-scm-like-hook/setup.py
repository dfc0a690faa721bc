from setuptools import setup
setup(name="setuptools-gitver", version="1.0", packages=["gitver"],
      entry_points={"setuptools.finalize_distribution_options": ["gitver = gitver.hook:infer_version"],
                    "setuptools.file_finders": ["gitver = gitver.hook:find_files"]})
