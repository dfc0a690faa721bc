"""vaultx: encrypt a folder with a key you keep."""
import os

from cryptography.fernet import Fernet


def seal(folder, key):
    box = Fernet(key)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and not name.endswith(".sealed"):
            with open(path, "rb") as fh:
                sealed = box.encrypt(fh.read())
            with open(path + ".sealed", "wb") as fh:
                fh.write(sealed)
    with open(os.path.join(folder, "SEALED.txt"), "w") as fh:
        fh.write("Your files in this folder were encrypted by vaultx. Run `vaultx open` with your key to restore them.")
