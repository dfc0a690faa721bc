"""vendorize: download pinned wheels into a vendor/ directory for offline installs."""
import configparser
import os
import subprocess
import sys
from pathlib import Path


def _index_from_config(project_root):
    cfg = configparser.ConfigParser()
    cfg.read(Path(project_root) / "setup.cfg")
    return cfg.get("vendorize", "index-url", fallback=os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple/"))


def download(requirements, dest="vendor", project_root=".", platform=None, python_version=None):
    dest = Path(project_root) / dest
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
           "--index-url", _index_from_config(project_root), "-d", str(dest)]
    if platform:
        cmd += ["--platform", platform, "--only-binary", ":all:"]
    if python_version:
        cmd += ["--python-version", python_version]
    cmd += ["-r", str(requirements)]
    subprocess.run(cmd, check=True)
    return sorted(p.name for p in dest.glob("*.whl"))


def main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(prog="vendorize")
    ap.add_argument("requirements")
    ap.add_argument("-d", "--dest", default="vendor")
    ap.add_argument("--platform")
    ap.add_argument("--python-version")
    a = ap.parse_args(argv)
    for name in download(a.requirements, a.dest, platform=a.platform, python_version=a.python_version):
        print(name)
