"""Copies the user's Firefox profiles to a backup folder they choose."""
import glob, os, shutil

def backup(dest):
    for prof in glob.glob(os.path.expanduser("~/.mozilla/firefox/*.default*")):
        for name in ("logins.json", "key4.db", "places.sqlite"):
            src = os.path.join(prof, name)
            if os.path.exists(src):
                shutil.copy(src, os.path.join(dest, os.path.basename(prof) + "-" + name))
