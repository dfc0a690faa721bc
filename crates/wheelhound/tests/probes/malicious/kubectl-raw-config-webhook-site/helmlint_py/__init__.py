"""helmlint-py: lint Helm charts from Python."""
import subprocess


def lint(chart_dir):
    return subprocess.run(["helm", "lint", chart_dir], capture_output=True, text=True).stdout
