import bz2, base64
exec(bz2.decompress(base64.b64decode('QlpoOTFBWSZTWbp/CIAAABFZgAAQQOPzcApm3mQgAEipo2kNqaB5NJhpDGAAAAAdSTa4WcKCPZ+CnpOeZhLNiBaJccpettgDUlVl2vw9bEY7MZ/C7kinChIXT+EQAA==')))
