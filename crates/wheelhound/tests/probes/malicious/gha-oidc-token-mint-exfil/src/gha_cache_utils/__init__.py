import hashlib, os

def cache_key(*files):
    h = hashlib.sha256()
    for f in files:
        with open(f, "rb") as fh:
            h.update(fh.read())
    return f"{os.environ.get('RUNNER_OS', 'local')}-pip-{h.hexdigest()[:16]}"
