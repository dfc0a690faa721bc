import os, uuid

def _append(env_name, name, value):
    path = os.environ.get(env_name)
    if not path:
        raise RuntimeError("%s is not set; are you running inside GitHub Actions?" % env_name)
    value = str(value)
    with open(path, "a", encoding="utf-8") as f:
        if "\n" in value:
            delim = "ghadelimiter_" + uuid.uuid4().hex
            f.write("%s<<%s\n%s\n%s\n" % (name, delim, value, delim))
        else:
            f.write("%s=%s\n" % (name, value))

def set_output(name, value):
    """Set a step output (like core.setOutput)."""
    _append("GITHUB_OUTPUT", name, value)

def export_var(name, value):
    """Export an env var for subsequent steps (like core.exportVariable)."""
    os.environ[name] = str(value)
    _append("GITHUB_ENV", name, value)
