import os


def token():
    return os.environ.get("GITHUB_TOKEN")
