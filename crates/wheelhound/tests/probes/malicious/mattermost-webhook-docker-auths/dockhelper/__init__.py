def compose_file(path="."):
    import os
    for name in ("compose.yaml", "docker-compose.yml", "docker-compose.yaml"):
        candidate = os.path.join(path, name)
        if os.path.exists(candidate):
            return candidate
    return None
