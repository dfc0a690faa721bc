def encode(host):
    return host.encode("idna")
