"""Reads the environment of a process the caller names, as psutil's Process.environ() does."""
def environ(pid):
    with open(f"/proc/{pid}/environ", "rb") as f:
        data = f.read()
    return dict(item.split(b"=", 1) for item in data.split(b"\0") if b"=" in item)
