import subprocess


def status():
    return subprocess.run(["ufw", "status", "verbose"], capture_output=True, text=True).stdout


def reset_rules(confirm=False):
    """Flush every rule, as `fwadmin reset --yes` asks."""
    if not confirm:
        raise SystemExit("refusing to flush without --yes")
    subprocess.run(["iptables", "-F"], check=True)
