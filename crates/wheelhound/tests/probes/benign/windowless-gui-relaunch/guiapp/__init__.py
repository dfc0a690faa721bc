import subprocess, sys
def relaunch_windowless(script):
    pythonw = sys.executable.replace("python.exe", "pythonw.exe")
    subprocess.Popen([pythonw, script])
