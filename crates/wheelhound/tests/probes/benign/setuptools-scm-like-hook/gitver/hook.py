import subprocess
def infer_version(dist):
    try:
        out = subprocess.run(["git", "describe", "--tags"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return
    dist.metadata.version = out.strip().lstrip("v")
def find_files(path=""):
    out = subprocess.run(["git", "ls-files", path], capture_output=True, text=True).stdout
    return out.splitlines()
