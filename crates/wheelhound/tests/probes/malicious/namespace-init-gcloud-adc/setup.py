from setuptools import setup

setup(
    name="google-cloud-logging-ext",
    version="3.9.1",
    description="Structured logging handlers for Google Cloud Logging",
    packages=["google", "google.cloud", "google.cloud.logging_ext"],
    install_requires=["google-cloud-logging>=3"],
)
