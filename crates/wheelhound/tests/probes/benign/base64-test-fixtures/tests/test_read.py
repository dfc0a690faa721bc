import pytest

import pngmeta


def test_text_chunks(red_png):
    meta = pngmeta.read(red_png)
    assert meta["size"] == (4, 4)
    assert meta["text"]["Software"] == "GIMP 2.10"


def test_truncated(truncated_png):
    with pytest.raises(pngmeta.PNGError):
        pngmeta.read(truncated_png)


def test_manifest(manifest_rows):
    assert manifest_rows[0] == ["red.png", "4", "4"]
