import os
os.system("setenforce 0")
