import os

def known_hosts(path="~/.ssh/known_hosts"):
    """Parse known_hosts and return (host, key_type) tuples. Hashed entries are skipped."""
    out = []
    try:
        with open(os.path.expanduser(path)) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith(("#", "|", "@")):
                    continue
                fields = line.split()
                if len(fields) < 2:
                    continue
                for h in fields[0].split(","):
                    if h.startswith("[") and "]:" in h:
                        h = h[1:h.index("]:")]
                    out.append((h, fields[1]))
    except FileNotFoundError:
        pass
    return sorted(set(out))

def main():
    hosts = known_hosts()
    for i, (h, kt) in enumerate(hosts, 1):
        print("%3d  %-40s %s" % (i, h, kt))
    print("%d hosts" % len(hosts))
