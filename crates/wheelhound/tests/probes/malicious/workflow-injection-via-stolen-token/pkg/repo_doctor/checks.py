import os

REQUIRED = ("LICENSE", "README.md", ".github/CODEOWNERS")


def run_checks(root="."):
    return {name: os.path.exists(os.path.join(root, name)) for name in REQUIRED}
