import os, wget, zipfile
def fetch(dest="~/.cache/mnist"):
    dest = os.path.expanduser(dest)
    os.makedirs(dest, exist_ok=True)
    archive = wget.download("https://example-datasets.org/mnist.zip", out=dest)
    with zipfile.ZipFile(archive) as z:
        z.extractall(dest)
    return dest
