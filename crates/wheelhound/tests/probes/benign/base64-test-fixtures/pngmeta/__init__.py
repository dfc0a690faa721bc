"""Read size and tEXt metadata from PNG files without decoding pixels."""
import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


class PNGError(ValueError):
    pass


def _chunks(data):
    pos = len(SIGNATURE)
    while pos < len(data):
        if pos + 8 > len(data):
            raise PNGError("truncated chunk header")
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc) != 4:
            raise PNGError(f"truncated {ctype!r} chunk")
        if zlib.crc32(ctype + body) & 0xFFFFFFFF != struct.unpack(">I", crc)[0]:
            raise PNGError(f"bad CRC in {ctype!r}")
        yield ctype, body
        pos += 12 + length


def read(path):
    with open(path, "rb") as fh:
        data = fh.read()
    if not data.startswith(SIGNATURE):
        raise PNGError("not a PNG file")
    meta = {"text": {}}
    for ctype, body in _chunks(data):
        if ctype == b"IHDR":
            meta["size"] = struct.unpack(">II", body[:8])
        elif ctype == b"tEXt":
            key, _, value = body.partition(b"\x00")
            meta["text"][key.decode("latin-1")] = value.decode("latin-1")
        elif ctype == b"IEND":
            return meta
    raise PNGError("missing IEND")
