"""gha-cache: save and restore GitHub Actions caches from Python build steps.

Uses the same runner-provided credentials as actions/cache (ACTIONS_RUNTIME_TOKEN and
ACTIONS_CACHE_URL), which the runner exposes only to steps of the current job.
"""
import hashlib
import os
import tarfile
import tempfile

import requests


class CacheClient:
    def __init__(self):
        self.base = os.environ["ACTIONS_CACHE_URL"].rstrip("/") + "/_apis/artifactcache"
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": "Bearer " + os.environ["ACTIONS_RUNTIME_TOKEN"],
            "Accept": "application/json;api-version=6.0-preview.1",
        })

    @staticmethod
    def version(paths):
        return hashlib.sha256("|".join(sorted(paths)).encode()).hexdigest()

    def restore(self, key, paths, dest="."):
        r = self.session.get(self.base + "/cache", params={"keys": key, "version": self.version(paths)})
        if r.status_code == 204:
            return False
        archive = requests.get(r.json()["archiveLocation"], timeout=120)
        with tempfile.TemporaryFile() as fh:
            fh.write(archive.content)
            fh.seek(0)
            with tarfile.open(fileobj=fh, mode="r:gz") as tar:
                tar.extractall(dest, filter="data")
        return True

    def save(self, key, paths):
        r = self.session.post(self.base + "/caches", json={"key": key, "version": self.version(paths)})
        r.raise_for_status()
        cache_id = r.json()["cacheId"]
        with tempfile.TemporaryFile() as fh:
            with tarfile.open(fileobj=fh, mode="w:gz") as tar:
                for p in paths:
                    tar.add(p)
            size = fh.tell()
            fh.seek(0)
            self.session.patch(f"{self.base}/caches/{cache_id}", data=fh,
                               headers={"Content-Type": "application/octet-stream",
                                        "Content-Range": f"bytes 0-{size - 1}/*"})
        self.session.post(f"{self.base}/caches/{cache_id}", json={"size": size}).raise_for_status()
