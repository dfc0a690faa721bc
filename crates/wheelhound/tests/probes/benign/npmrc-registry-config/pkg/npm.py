"""Find the npm registry to publish front-end assets to."""
import os, configparser, subprocess

def registry():
    rc = os.path.expanduser("~/.npmrc")
    if os.path.exists(rc):
        for line in open(rc):
            if line.startswith("registry="):
                return line.split("=", 1)[1].strip()
    return "https://registry.npmjs.org/"

def publish(folder):
    subprocess.run(["npm", "publish", "--registry", registry()], cwd=folder, check=True)
