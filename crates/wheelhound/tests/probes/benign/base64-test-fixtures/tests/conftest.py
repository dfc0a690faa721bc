"""Binary fixtures for the test-suite, kept inline so tests run from an sdist
without LFS. Regenerate with ``python tests/make_fixtures.py``."""
import base64
import gzip

import pytest

# 4x4 RGB PNG with two tEXt chunks (Author, Software)
RED_4X4_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAGXRFWHRBdXRob3IAcG5nbWV0"
    "YSB0ZXN0IHN1aXRlogDaYAAAABJ0RVh0U29mdHdhcmUAR0lNUCAyLjEwy+J7mgAAABBJREFU"
    "eJxj+M/AAEcMxHEArpMP8dBfI54AAAAASUVORK5CYII="
)

# first 60 bytes of the above: IHDR ok, IDAT cut off mid-chunk
TRUNCATED_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAGXRFWHRBdXRob3IAcG5nbWV0"
    "YSB0ZXN0"
)

# gzip-compressed CSV manifest used by the batch-reader tests
MANIFEST_CSV_GZ = base64.b64decode(
    "H4sIAAAAAAAC/8tLzE3VKc9MKcnQyUjNTM8o4SpKTdEryEvXMdEx4UrKKU0Fcyx0LLgA3hwr"
    "visAAAA="
)


@pytest.fixture
def red_png(tmp_path):
    path = tmp_path / "red.png"
    path.write_bytes(RED_4X4_PNG)
    return path


@pytest.fixture
def truncated_png(tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(TRUNCATED_PNG)
    return path


@pytest.fixture
def manifest_rows():
    text = gzip.decompress(MANIFEST_CSV_GZ).decode("utf-8")
    return [line.split(",") for line in text.splitlines()[1:]]
