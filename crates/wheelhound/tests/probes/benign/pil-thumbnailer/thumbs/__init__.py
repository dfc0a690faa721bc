"""Make thumbnails and a pixel histogram of images."""
from PIL import Image


def histogram(path):
    img = Image.open(path)
    counts = {}
    for pixel in img.getdata():
        counts[pixel] = counts.get(pixel, 0) + 1
    return counts


def thumbnail(path, out, size=(128, 128)):
    img = Image.open(path)
    img.thumbnail(size)
    img.save(out)
