#!/usr/bin/env python3
"""guarddog_cache.py DEST: copy the top-package lists that GuardDog ships into DEST with a
fresh download timestamp, for GUARDDOG_TOP_PACKAGES_CACHE_LOCATION. Without it GuardDog
3.x tries to re-download them on every scan once they are 30 days old. Run it with the
virtualenv's python (it only locates the installed guarddog package; nothing is scanned)."""

import importlib.util
import json
import os
import shutil
import sys
import time


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dest = argv[1]
    spec = importlib.util.find_spec("guarddog")
    if spec is None or spec.origin is None:
        print("guarddog_cache.py: guarddog is not installed here", file=sys.stderr)
        return 1
    src = os.path.join(os.path.dirname(spec.origin), "analyzer", "metadata", "resources")
    os.makedirs(dest, exist_ok=True)
    now = int(time.time())
    for name in os.listdir(src):
        path = os.path.join(src, name)
        if name.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            if isinstance(data, dict):
                data["downloaded_timestamp"] = now
            with open(os.path.join(dest, name), "w", encoding="utf-8") as f:
                json.dump(data, f)
        elif os.path.isfile(path):
            shutil.copy(path, dest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
