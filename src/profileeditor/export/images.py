"""Photos as they leave the app: re-encoded copies without EXIF, XMP, ICC profile or comments.

One small function so that it can defer to ``core.photos.strip_metadata`` once that exists.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps


def clean_photo(data: bytes, max_side: int = 1200) -> bytes | None:
    """JPEG bytes of the photo, upright, at most ``max_side`` pixels, with no metadata at all.

    Pillow writes only what it is given, so saving a fresh image with no ``exif``/``icc_profile``
    /``comment`` arguments drops GPS positions, camera serials, XMP packets and comments.
    """
    try:
        with Image.open(io.BytesIO(data)) as img:
            img = ImageOps.exif_transpose(img)  # honour orientation before the tag is dropped
            img = img.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    img.thumbnail((max_side, max_side))
    fresh = Image.new("RGB", img.size)
    fresh.paste(img)
    out = io.BytesIO()
    fresh.save(out, format="JPEG", quality=88, optimize=True)
    return out.getvalue()
