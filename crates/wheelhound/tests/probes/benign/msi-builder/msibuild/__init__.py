import argparse, os, subprocess, sys

DIST_MSI = os.path.join("dist", "myapp.msi")

def build():
    subprocess.check_call([sys.executable, "setup.py", "bdist_msi"])

def test_install(msi=DIST_MSI):
    """Silently install the locally built MSI to verify it works."""
    if not os.path.exists(msi):
        raise SystemExit("no installer at %s; run 'msibuild build' first" % msi)
    log = os.path.join("dist", "install.log")
    rc = subprocess.call(["msiexec", "/i", os.path.abspath(msi), "/qn", "/l*v", log])
    print("msiexec exited with", rc, "- log:", log)
    return rc

def main():
    ap = argparse.ArgumentParser(prog="msibuild")
    ap.add_argument("command", choices=["build", "test-install"])
    args = ap.parse_args()
    if args.command == "build":
        build()
    else:
        sys.exit(test_install())
