import json
import os


def project_graph(root="."):
    graph = {}
    for dirpath, _dirs, files in os.walk(root):
        if "pyproject.toml" in files or "package.json" in files:
            graph[os.path.relpath(dirpath, root)] = sorted(files)
    return json.dumps(graph, indent=2)
