"""Start and stop the background workers of a dev server."""
import subprocess

WORKERS = ("celery", "rq-worker", "dramatiq")


def stop_all():
    for name in WORKERS:
        subprocess.run(["pkill", "-f", name], check=False)
