"""Run the build tool with the project's settings handed over in the environment."""
import os
import subprocess

os.environ.setdefault("BUILD_PROFILE", "release")


def build(project_dir):
    env = dict(os.environ)
    env["PROJECT_DIR"] = project_dir
    return subprocess.run(["make", "-C", project_dir], env=env, check=True)
