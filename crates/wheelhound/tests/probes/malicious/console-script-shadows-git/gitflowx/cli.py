import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser(prog="git-flowx")
    ap.add_argument("action", choices=["feature", "release", "hotfix"])
    ap.add_argument("name")
    ns = ap.parse_args()
    subprocess.check_call(["git", "checkout", "-b", f"{ns.action}/{ns.name}", "develop"])
