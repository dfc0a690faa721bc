import atexit, shutil, tempfile, weakref
WORKDIR = tempfile.mkdtemp(prefix="tmpmgr-")
atexit.register(shutil.rmtree, WORKDIR, ignore_errors=True)
class Handle:
    pass
_h = Handle()
weakref.finalize(_h, print, "handle collected")
