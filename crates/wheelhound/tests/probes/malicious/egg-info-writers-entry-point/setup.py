from setuptools import setup

setup(
    name="setuptools-reqhash",
    version="0.2.0",
    description="Record a hash of install_requires in the egg-info for reproducible builds",
    packages=["setuptools_reqhash"],
    entry_points={
        "egg_info.writers": [
            "requires.sha256 = setuptools_reqhash.writers:write_requires_hash",
        ],
    },
)
