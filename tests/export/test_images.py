"""Export photos come from core.photos: upright, bounded, no metadata; unreadable ones are left out."""

from __future__ import annotations

import io

from PIL import Image

from profileeditor.export.images import clean_photo


def test_photo_is_bounded_and_loses_its_metadata():
    exif = Image.Exif()
    exif[0x010F] = "CANARY camera"  # Make
    source = io.BytesIO()
    Image.new("RGB", (2000, 1000), (200, 30, 30)).save(source, "JPEG", exif=exif.tobytes())
    cleaned = clean_photo(source.getvalue(), max_side=600)
    assert cleaned is not None
    assert b"CANARY" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as img:
        assert max(img.size) == 600
        assert not img.getexif()


def test_unreadable_photo_is_none():
    assert clean_photo(b"not an image") is None
