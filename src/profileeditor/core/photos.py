"""Photo intake: turn untrusted image bytes into a clean, bounded, metadata-free image.

This module owns every decode and re-encode of a profile photo. A photo may identify where it was
taken and by whom (GPS, camera serial, author, XMP history, comments), and the laptops that hold
a vault may be seized, so nothing but pixels survives: the image is decoded, oriented, converted
to sRGB, bounded, copied into a brand-new image with no ``info`` at all, re-encoded, and the
encoded bytes are then checked segment by segment before they are handed back (fail closed).

Pure Pillow; no Qt. Thumbnails are made in memory and never written to disk.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from profileeditor.core.messages import MessageError, message

try:  # ImageCms needs Pillow built with littlecms; without it ICC profiles are simply dropped.
    from PIL import ImageCms
except ImportError:  # pragma: no cover - depends on the Pillow build
    ImageCms = None  # type: ignore[assignment]

try:  # HEIC/HEIF (iPhone photos) only when the optional pillow-heif plugin is installed.
    import pillow_heif
except ImportError:
    HEIF_SUPPORTED = False
else:  # pragma: no cover - depends on the environment
    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True

# Pillow plugin ids tried by Image.open: only the formats we promise, so a crafted file cannot
# reach the decoders of exotic formats (TIFF, PSD, EPS, ...).
_OPEN_FORMATS = ["JPEG", "PNG", "WEBP"] + (["HEIF"] if HEIF_SUPPORTED else [])
# A JPEG with an MPF index (many phones) opens as "MPO"; its first frame is an ordinary JPEG.
_ACCEPTED_FORMATS = frozenset({*_OPEN_FORMATS, "MPO"})

SUPPORTED_DESCRIPTION = "JPEG, PNG, WebP" + (", HEIC" if HEIF_SUPPORTED else "")

# Our own decompression-bomb limit, below Pillow's global warning threshold (~89.5 MP) so that
# we never depend on (or change) the process-wide Image.MAX_IMAGE_PIXELS. 80 MP is above every
# phone's default output; decoding it costs about 240 MB.
MAX_PIXELS = 80_000_000
# Refuse absurd inputs before parsing anything; a real photo is a few MB.
MAX_INPUT_BYTES = 64 * 1024 * 1024

JPEG_QUALITY = 88
THUMBNAIL_QUALITY = 85


class PhotoError(MessageError, ValueError):
    """The bytes are not a photo we can safely take in; ``detail`` is the user's message
    (core/messages.py), ``str()`` its English."""


@dataclass(frozen=True)
class CleanPhoto:
    data: bytes
    media_type: str  # "image/jpeg" or "image/png"
    width: int
    height: int
    sha256: str  # hex digest of data


def clean_photo(data: bytes, max_side: int = 2400) -> CleanPhoto:
    """Decode, orient, strip, bound (long side <= max_side) and re-encode a photo.

    Opaque images become JPEG, images with real transparency PNG. Raises PhotoError for anything
    that is not a readable JPEG/PNG/WebP(/HEIC) within the size limits.
    """
    image = _decode(data, max_side)
    encoded, media_type = _encode(image, JPEG_QUALITY)
    return CleanPhoto(
        data=encoded,
        media_type=media_type,
        width=image.width,
        height=image.height,
        sha256=hashlib.sha256(encoded).hexdigest(),
    )


def thumbnail(data: bytes, size: int = 96) -> bytes:
    """A metadata-free thumbnail whose long side is at most ``size`` (JPEG, or PNG if transparent)."""
    image = _decode(data, size)
    encoded, _media_type = _encode(image, THUMBNAIL_QUALITY)
    return encoded


def strip_metadata(data: bytes) -> bytes:
    return clean_photo(data).data


# --- decoding ---------------------------------------------------------------------------------


def _decode(data: bytes, max_side: int) -> Image.Image:
    """Return a fresh RGB or RGBA image with an empty ``info``, long side <= max_side."""
    if max_side < 1:
        raise ValueError(f"max_side must be positive, not {max_side}")
    if not data:
        raise PhotoError(message("photo.empty"))
    if len(data) > MAX_INPUT_BYTES:
        raise PhotoError(
            message(
                "photo.file_too_large",
                size=len(data) // (1024 * 1024),
                limit=MAX_INPUT_BYTES // (1024 * 1024),
            )
        )
    # Pillow reports malformed metadata and over-large images through warnings; under a test run
    # with warnings as errors (or any caller's filters) they would escape as the wrong exception.
    # Our own size check below replaces the bomb warning, and the metadata is dropped anyway.
    # (catch_warnings is process-wide before Python 3.14; ignoring warnings briefly is harmless.)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _decode_unchecked(data, max_side)
        except PhotoError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_large() from exc
        except MemoryError as exc:
            raise _too_large() from exc
        except UnidentifiedImageError as exc:
            raise _unreadable() from exc
        except Exception as exc:
            # Decoders of untrusted input fail in many ways (OSError for truncation, SyntaxError,
            # struct.error, ValueError, EOFError, ...); to the user they all mean the same thing.
            raise PhotoError(message("photo.damaged")) from exc


def _unreadable() -> PhotoError:
    return PhotoError(message("photo.unreadable", formats=SUPPORTED_DESCRIPTION))


def _too_large() -> PhotoError:
    return PhotoError(message("photo.too_many_pixels", megapixels=MAX_PIXELS // 1_000_000))


def _decode_unchecked(data: bytes, max_side: int) -> Image.Image:
    with Image.open(io.BytesIO(data), formats=_OPEN_FORMATS) as opened:
        if opened.format not in _ACCEPTED_FORMATS:
            raise _unreadable()
        width, height = opened.size
        if width < 1 or height < 1:
            raise PhotoError(message("photo.no_pixels"))
        if width * height > MAX_PIXELS:
            raise _too_large()
        # Animated PNG/WebP and MPO: the first frame is the photo.
        if getattr(opened, "n_frames", 1) > 1:
            opened.seek(0)
        # JPEG can decode at 1/2, 1/4 or 1/8 scale: cheaper for big photos and thumbnails.
        # Asking for the final size keeps both sides at least as large as what we will keep.
        opened.draft(opened.mode, _bounded_size(opened.size, max_side))
        opened.load()
        icc_profile = opened.info.get("icc_profile")
        image = _oriented(opened)

    # Transparency (a palette or colour-key tRNS) is made explicit before colour management,
    # which only knows RGB/RGBA/L/CMYK and would lose it; CMYK and grey go through their own
    # profile as they are.
    if image.mode not in ("CMYK", "L") or "transparency" in image.info:
        image = _normalised_mode(image)
    image = _normalised_mode(_to_srgb(image, icc_profile))
    if max(image.size) > max_side:
        image = image.resize(_bounded_size(image.size, max_side), Image.Resampling.LANCZOS)
    # A brand-new image from raw pixels: no info, no exif, no icc, no comment, no text chunks
    # can follow it into the encoder whatever a Pillow version decides to carry over on save.
    return Image.frombytes(image.mode, image.size, image.tobytes())


def _bounded_size(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    width, height = size
    long_side = max(width, height)
    if long_side <= max_side:
        return width, height
    scale = max_side / long_side
    return max(1, round(width * scale)), max(1, round(height * scale))


def _oriented(image: Image.Image) -> Image.Image:
    try:
        oriented = ImageOps.exif_transpose(image)
    except Exception:
        # Corrupt EXIF must not cost the user the photo; it is thrown away below in any case.
        return image.copy()
    return oriented if oriented is not None else image.copy()


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Apply an embedded colour profile so colours survive dropping it; on any failure, drop it."""
    if not icc_profile or ImageCms is None:
        return image
    if image.mode not in ("RGB", "RGBA", "L", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        target = ImageCms.createProfile("sRGB")
        converted = ImageCms.profileToProfile(
            image, source, target, outputMode="RGBA" if image.mode == "RGBA" else "RGB"
        )
    except Exception:
        # Broken or mismatched profiles (e.g. a CMYK profile on an RGB image) are common; the
        # pixels are still usable without colour management.
        return image
    return converted if converted is not None else image


def _normalised_mode(image: Image.Image) -> Image.Image:
    """RGBA if the image has real transparency, RGB otherwise."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        # 16-bit/32-bit greyscale: scale to 8 bits rather than clipping everything to white.
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        if rgba.getchannel("A").getextrema() != (255, 255):
            return rgba
        return rgba.convert("RGB")
    return image if image.mode == "RGB" else image.convert("RGB")


# --- encoding and the final check ------------------------------------------------------------


def _encode(image: Image.Image, quality: int) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        image.save(buffer, "PNG")
        media_type = "image/png"
    else:
        image.save(buffer, "JPEG", quality=quality, optimize=True)
        media_type = "image/jpeg"
    encoded = buffer.getvalue()
    _assert_no_metadata(encoded)
    return encoded, media_type


# PNG chunks that carry pixels and nothing else (tRNS is the transparency of a palette image).
_PNG_PIXEL_CHUNKS = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"})
_JPEG_SOS, _JPEG_EOI, _JPEG_APP0, _JPEG_COM = 0xDA, 0xD9, 0xE0, 0xFE


def is_clean(data: bytes) -> bool:
    """Whether ``data`` is a JPEG or PNG holding pixels only (as clean_photo writes them) — so a
    photo another vault already cleaned can be kept byte for byte."""
    try:
        _assert_no_metadata(data)
    except PhotoError:
        return False
    return True


def _assert_no_metadata(encoded: bytes) -> None:
    """Fail closed: refuse to hand back bytes holding anything but pixels and their coding."""
    try:
        if encoded.startswith(b"\x89PNG\r\n\x1a\n"):
            leftover = _png_metadata_chunks(encoded)
        else:
            leftover = _jpeg_metadata_segments(encoded)
    except (IndexError, struct.error, ValueError):
        leftover = ["unparseable output"]
    if leftover:
        raise PhotoError(message("photo.metadata_left", parts=", ".join(leftover)))


def _png_metadata_chunks(encoded: bytes) -> list[str]:
    leftover: list[str] = []
    offset = 8
    while offset < len(encoded):
        (length,) = struct.unpack(">I", encoded[offset : offset + 4])
        kind = encoded[offset + 4 : offset + 8]
        if kind not in _PNG_PIXEL_CHUNKS:
            leftover.append(f"PNG {kind.decode('latin-1')} chunk")
        offset += 12 + length
        if kind == b"IEND":
            if offset != len(encoded):  # readers stop at IEND; whatever follows is hidden
                leftover.append("data after the PNG end")
            return leftover
    leftover.append("no PNG end chunk")
    return leftover


def _scan_ends_at_eoi(encoded: bytes, start: int) -> bool:
    """Whether the entropy-coded data from ``start`` holds only stuffed 0xFF bytes and restart
    markers, and ends with EOI as the file's last two bytes."""
    offset = start
    while True:
        offset = encoded.find(b"\xff", offset)
        if offset < 0 or offset + 1 >= len(encoded):
            return False
        following = encoded[offset + 1]
        if following == _JPEG_EOI:
            return offset + 2 == len(encoded)
        if following != 0x00 and not 0xD0 <= following <= 0xD7:
            return False
        offset += 2


def _jpeg_metadata_segments(encoded: bytes) -> list[str]:
    if not encoded.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG")
    leftover: list[str] = []
    offset = 2
    while True:
        if encoded[offset] != 0xFF:
            raise ValueError("bad JPEG marker")
        marker = encoded[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        if marker == _JPEG_EOI:
            leftover.append("JPEG without a scan")
            return leftover
        if marker == _JPEG_SOS:
            # Baseline output has one scan, then EOI, then nothing: readers stop at EOI, so bytes
            # after it (GPS text, a name) would travel unseen; a marker inside the scan could
            # hide a segment from this check.
            (length,) = struct.unpack(">H", encoded[offset + 2 : offset + 4])
            if not _scan_ends_at_eoi(encoded, offset + 2 + length):
                leftover.append("data after the JPEG scan")
            return leftover
        (length,) = struct.unpack(">H", encoded[offset + 2 : offset + 4])
        payload = encoded[offset + 4 : offset + 2 + length]
        if marker == _JPEG_COM:
            leftover.append("JPEG comment")
        elif 0xE0 <= marker <= 0xEF and not (marker == _JPEG_APP0 and payload[:5] == b"JFIF\0"):
            leftover.append(f"JPEG APP{marker - 0xE0} segment")
        offset += 2 + length
