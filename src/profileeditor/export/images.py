"""Photos as they leave the app: re-encoded copies without EXIF, XMP, ICC profile or comments.

The decoding, orienting and stripping belong to ``core.photos``; exports only choose the size.
"""

from __future__ import annotations

from profileeditor.core import photos


def clean_photo(data: bytes, max_side: int = 1200) -> bytes | None:
    """The photo, upright, at most ``max_side`` pixels, with no metadata at all (JPEG, or PNG
    when it has real transparency); None when it cannot be read as a photo."""
    try:
        return photos.clean_photo(data, max_side).data
    except photos.PhotoError:
        return None
