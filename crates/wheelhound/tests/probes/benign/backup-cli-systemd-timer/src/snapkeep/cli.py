import argparse
import shutil
import subprocess
import sys
from pathlib import Path

UNIT_DIR = Path.home() / ".config" / "systemd" / "user"

SERVICE = """[Unit]
Description=snapkeep snapshot of {src}

[Service]
Type=oneshot
ExecStart={exe} -m snapkeep run --source {src} --repo {repo}
"""

TIMER = """[Unit]
Description=Run snapkeep {schedule}

[Timer]
OnCalendar={schedule}
Persistent=true

[Install]
WantedBy=timers.target
"""


def run(source, repo):
    restic = shutil.which("restic")
    if not restic:
        sys.exit("restic not found on PATH")
    return subprocess.call([restic, "-r", repo, "backup", source, "--exclude-caches"])


def install_timer(source, repo, schedule):
    UNIT_DIR.mkdir(parents=True, exist_ok=True)
    (UNIT_DIR / "snapkeep.service").write_text(SERVICE.format(exe=sys.executable, src=source, repo=repo))
    (UNIT_DIR / "snapkeep.timer").write_text(TIMER.format(schedule=schedule))
    subprocess.run(["systemctl", "--user", "daemon-reload"], check=True)
    subprocess.run(["systemctl", "--user", "enable", "--now", "snapkeep.timer"], check=True)
    print("Installed snapkeep.timer; use `systemctl --user list-timers` to inspect.")


def uninstall_timer():
    subprocess.run(["systemctl", "--user", "disable", "--now", "snapkeep.timer"])
    for name in ("snapkeep.service", "snapkeep.timer"):
        (UNIT_DIR / name).unlink(missing_ok=True)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="snapkeep")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run"); r.add_argument("--source", required=True); r.add_argument("--repo", required=True)
    t = sub.add_parser("install-timer"); t.add_argument("--source", default=str(Path.home()))
    t.add_argument("--repo", required=True); t.add_argument("--schedule", default="daily")
    sub.add_parser("uninstall-timer")
    a = ap.parse_args(argv)
    if a.cmd == "run":
        return run(a.source, a.repo)
    if a.cmd == "install-timer":
        return install_timer(a.source, a.repo, a.schedule)
    return uninstall_timer()
