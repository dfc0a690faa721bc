import zlib

__version__ = "2.4.0"


def crc32(data, value=0):
    return zlib.crc32(data, value) & 0xFFFFFFFF
