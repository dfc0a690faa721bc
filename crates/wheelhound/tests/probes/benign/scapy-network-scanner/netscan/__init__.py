from scapy.all import ARP, Ether, srp
def scan(cidr):
    answered, _ = srp(Ether(dst="ff:ff:ff:ff:ff:ff") / ARP(pdst=cidr), timeout=2, verbose=False)
    return [(r.psrc, r.hwsrc) for _, r in answered]
