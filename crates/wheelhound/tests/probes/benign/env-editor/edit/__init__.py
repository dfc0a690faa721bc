import os, subprocess, tempfile

def edit(text):
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as f:
        f.write(text)
    subprocess.call(os.environ.get("EDITOR", "vi") + " " + f.name, shell=True)
    return open(f.name).read()
