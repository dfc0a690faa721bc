import argparse, json, os

RECOMMENDED = {
    "editor.formatOnSave": True,
    "python.analysis.typeCheckingMode": "basic",
    "[python]": {"editor.defaultFormatter": "ms-python.black-formatter"},
}

def write_settings(project_dir=".", force=False):
    vs = os.path.join(project_dir, ".vscode")
    path = os.path.join(vs, "settings.json")
    settings = {}
    if os.path.exists(path) and not force:
        with open(path) as f:
            settings = json.load(f)
    settings.update(RECOMMENDED)
    os.makedirs(vs, exist_ok=True)
    with open(path, "w") as f:
        json.dump(settings, f, indent=4)
    return path

def main():
    ap = argparse.ArgumentParser(description="Write recommended .vscode/settings.json")
    ap.add_argument("--force", action="store_true", help="overwrite existing settings")
    args = ap.parse_args()
    print("wrote", write_settings(os.getcwd(), args.force))
