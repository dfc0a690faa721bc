import glob, os
def index(root="~/Documents"):
    entries = []
    for path in glob.glob(os.path.join(os.path.expanduser(root), "**", "*.md"), recursive=True):
        with open(path, encoding="utf-8") as f:
            entries.append((path, f.readline().strip()))
    return entries
