"""Photo intake: metadata must never survive, and bad input must only ever raise PhotoError."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms, PngImagePlugin, features

from profileeditor.core.photos import (
    MAX_PIXELS,
    CleanPhoto,
    PhotoError,
    clean_photo,
    strip_metadata,
    thumbnail,
)

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "profiles.sample.json"

# Strings planted in the sample photos (EXIF Artist/Make, XMP dc:creator, JPEG comment).
PLANTED = [b"Field Researcher", b"Canon", b"taken at 30.0448N", b"EOS 80D"]
# The only `info` keys a cleaned image may have: the JFIF header Pillow always writes.
HARMLESS_INFO = {"jfif", "jfif_version", "jfif_unit", "jfif_density"}
GPS_IFD = 0x8825
ORIENTATION = 0x0112

needs_webp = pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")


def sample_photos() -> list[bytes]:
    document = json.loads(SAMPLES.read_text(encoding="utf-8"))
    return [
        base64.b64decode(attachment["data"])
        for profile in document["profiles"]
        for attachment in profile.get("attachments", [])
        if attachment.get("kind") == "photo" and attachment.get("data")
    ]


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def opened(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x013B] = "Field Researcher"  # Artist
    if orientation is not None:
        exif[ORIENTATION] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (30.0, 2.0, 41.52)
    gps[3] = "E"
    gps[4] = (31.0, 14.0, 8.3)
    return exif


XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Field Researcher</dc:creator>'
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def assert_metadata_free(data: bytes) -> None:
    assert b"Exif" not in data
    assert b"http://ns.adobe.com/xap" not in data
    assert b"xmpmeta" not in data
    assert b"ICC_PROFILE" not in data
    for planted in PLANTED:
        assert planted not in data
    image = opened(data)
    assert not image.getexif()
    assert set(image.info) <= HARMLESS_INFO, image.info
    if image.format == "JPEG":
        assert b"\xff\xfe" not in data  # COM marker (cannot occur inside entropy-coded data)
        assert image.mode == "RGB"
    else:
        assert image.format == "PNG"
        for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP", b"tIME", b"pHYs"):
            assert chunk not in data
        assert image.mode == "RGBA"


def png_with_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims width x height, followed by one tiny IDAT: a decompression bomb."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def gradient(width: int, height: int, mode: str = "RGB") -> Image.Image:
    image = Image.linear_gradient("L").resize((width, height)).convert(mode)
    return image


# --- the planted sample photos ----------------------------------------------------------------


def test_samples_exist_and_carry_planted_metadata() -> None:
    photos = sample_photos()
    assert len(photos) >= 3
    for data in photos:
        assert b"Exif" in data
        assert b"http://ns.adobe.com/xap" in data
        assert b"\xff\xfe" in data
        assert b"taken at 30.0448N" in data
        image = opened(data)
        assert image.getexif()
        assert {"exif", "xmp", "comment"} <= set(image.info)
    assert any(GPS_IFD in opened(data).getexif() for data in photos)


@pytest.mark.parametrize("index", range(len(sample_photos())))
def test_sample_photos_are_cleaned(index: int) -> None:
    data = sample_photos()[index]
    original = opened(data)

    photo = clean_photo(data)

    assert isinstance(photo, CleanPhoto)
    assert photo.media_type == "image/jpeg"
    assert (photo.width, photo.height) == original.size
    assert photo.sha256 == hashlib.sha256(photo.data).hexdigest()
    assert_metadata_free(photo.data)
    assert opened(photo.data).size == (photo.width, photo.height)
    assert strip_metadata(data) == photo.data


def test_cleaning_is_stable_on_its_own_output() -> None:
    once = clean_photo(sample_photos()[0])
    twice = clean_photo(once.data)
    assert_metadata_free(twice.data)
    assert (twice.width, twice.height) == (once.width, once.height)


# --- orientation, colour, transparency ---------------------------------------------------------


def test_exif_orientation_is_applied_then_dropped() -> None:
    image = Image.new("RGB", (300, 200), "blue")
    image.paste((255, 0, 0), (0, 0, 60, 60))  # red in the stored top-left corner
    data = encode(image, "JPEG", exif=gps_exif(orientation=6).tobytes())
    assert opened(data).getexif()[ORIENTATION] == 6

    photo = clean_photo(data)

    # Orientation 6 = rotate 90° clockwise for display: width and height swap and the stored
    # top-left corner ends up top-right.
    assert (photo.width, photo.height) == (200, 300)
    result = opened(photo.data).convert("RGB")
    red, green, blue = result.getpixel((200 - 10, 10))
    assert red > 200 and green < 60 and blue < 60
    red, green, blue = result.getpixel((10, 10))
    assert blue > 200 and red < 60
    assert_metadata_free(photo.data)


def test_png_text_chunks_are_dropped_and_transparency_kept() -> None:
    image = Image.new("RGBA", (120, 80), (0, 128, 0, 255))
    image.paste((0, 0, 0, 0), (0, 0, 60, 80))
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Field Researcher")
    text.add_text("Comment", "taken at 30.0448N 31.2357E", zip=True)
    text.add_itxt("Description", "Canon EOS 80D", lang="en", tkey="Description")
    text.add_itxt("XML:com.adobe.xmp", XMP.decode())
    data = encode(image, "PNG", pnginfo=text, exif=gps_exif().tobytes())
    for chunk in (b"tEXt", b"zTXt", b"iTXt", b"eXIf"):
        assert chunk in data

    photo = clean_photo(data)

    assert photo.media_type == "image/png"
    assert_metadata_free(photo.data)
    result = opened(photo.data)
    assert result.getpixel((10, 10))[3] == 0
    assert result.getpixel((100, 10)) == (0, 128, 0, 255)


def test_palette_png_with_transparency_stays_transparent() -> None:
    image = Image.new("P", (40, 40), 0)
    image.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    image.paste(1, (20, 0, 40, 40))
    data = encode(image, "PNG", transparency=0)

    photo = clean_photo(data)

    assert photo.media_type == "image/png"
    result = opened(photo.data)
    assert result.getpixel((5, 5))[3] == 0
    assert result.getpixel((30, 5)) == (200, 0, 0, 255)


def test_fully_opaque_alpha_becomes_jpeg() -> None:
    data = encode(Image.new("RGBA", (50, 50), (10, 20, 30, 255)), "PNG")
    photo = clean_photo(data)
    assert photo.media_type == "image/jpeg"
    assert_metadata_free(photo.data)


@needs_webp
def test_webp_exif_and_xmp_are_dropped() -> None:
    data = encode(gradient(200, 100), "WEBP", exif=gps_exif().tobytes(), xmp=XMP, quality=90)
    source = opened(data)
    assert source.format == "WEBP"
    assert "exif" in source.info and "xmp" in source.info
    assert b"Field Researcher" in data

    photo = clean_photo(data)

    assert photo.media_type == "image/jpeg"
    assert (photo.width, photo.height) == (200, 100)
    assert_metadata_free(photo.data)


def test_icc_profile_is_applied_and_dropped() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(Image.new("RGB", (64, 64), (200, 100, 50)), "JPEG", icc_profile=srgb)
    assert "icc_profile" in opened(data).info

    photo = clean_photo(data)

    assert_metadata_free(photo.data)
    red, green, blue = opened(photo.data).getpixel((32, 32))
    assert abs(red - 200) < 8 and abs(green - 100) < 8 and abs(blue - 50) < 8


def test_broken_icc_profile_is_dropped_without_losing_the_photo() -> None:
    data = encode(Image.new("RGB", (64, 64), "white"), "PNG", icc_profile=b"not a profile" * 10)
    assert "icc_profile" in opened(data).info

    photo = clean_photo(data)

    assert photo.media_type == "image/jpeg"
    assert_metadata_free(photo.data)


def test_cmyk_jpeg_becomes_rgb() -> None:
    data = encode(Image.new("CMYK", (40, 30), (0, 255, 255, 0)), "JPEG")
    photo = clean_photo(data)
    red, green, blue = opened(photo.data).getpixel((20, 15))
    assert red > 200 and green < 60 and blue < 60
    assert_metadata_free(photo.data)


def test_sixteen_bit_greyscale_is_scaled_not_clipped() -> None:
    data = encode(Image.new("I;16", (20, 20), 40000), "PNG")
    photo = clean_photo(data)
    red, green, blue = opened(photo.data).getpixel((10, 10))
    assert abs(red - 40000 // 256) < 4 and red == green == blue


def test_heic_is_cleaned_when_pillow_heif_is_installed() -> None:
    pytest.importorskip("pillow_heif")
    data = encode(gradient(120, 80), "HEIF", exif=gps_exif().tobytes())
    assert b"Field Researcher" in data

    photo = clean_photo(data)

    assert photo.media_type == "image/jpeg"
    assert (photo.width, photo.height) == (120, 80)
    assert_metadata_free(photo.data)


# --- size bounds --------------------------------------------------------------------------------


def test_large_photo_is_bounded_to_max_side() -> None:
    data = encode(gradient(5000, 3000), "JPEG", quality=70)
    photo = clean_photo(data)
    assert (photo.width, photo.height) == (2400, 1440)
    assert opened(photo.data).size == (2400, 1440)


def test_tall_png_is_bounded_and_max_side_is_honoured() -> None:
    data = encode(gradient(300, 500), "PNG")
    photo = clean_photo(data, max_side=100)
    assert (photo.width, photo.height) == (60, 100)


def test_small_photo_is_never_upscaled() -> None:
    photo = clean_photo(encode(gradient(31, 17), "JPEG"))
    assert (photo.width, photo.height) == (31, 17)


def test_max_side_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_side"):
        clean_photo(sample_photos()[0], max_side=0)


# --- animated images -----------------------------------------------------------------------------


def animation(fmt: str, **params: object) -> bytes:
    first = Image.new("RGB", (40, 40), (255, 0, 0))
    second = Image.new("RGB", (40, 40), (0, 0, 255))
    return encode(first, fmt, save_all=True, append_images=[second], **params)


@pytest.mark.parametrize(
    "fmt", ["PNG", pytest.param("WEBP", marks=needs_webp)], ids=["apng", "webp"]
)
def test_animated_image_keeps_only_the_first_frame(fmt: str) -> None:
    data = animation(fmt, duration=100, loop=0)
    assert getattr(opened(data), "n_frames", 1) == 2

    photo = clean_photo(data)

    result = opened(photo.data)
    assert getattr(result, "n_frames", 1) == 1
    red, _green, blue = result.convert("RGB").getpixel((20, 20))
    assert red > 200 and blue < 60
    assert_metadata_free(photo.data)


# --- rejected input ------------------------------------------------------------------------------


def test_empty_bytes_are_rejected() -> None:
    with pytest.raises(PhotoError, match="empty"):
        clean_photo(b"")


@pytest.mark.parametrize(
    "data",
    [b"garbage" * 100, b"\xff\xd8\xff", b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n"],
    ids=["garbage", "jpeg-magic-only", "pdf", "png-signature-only"],
)
def test_non_images_are_rejected(data: bytes) -> None:
    with pytest.raises(PhotoError, match=r"not an image Profile Editor can read \(JPEG, PNG, WebP"):
        clean_photo(data)


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF"])
def test_formats_we_do_not_promise_are_rejected(fmt: str) -> None:
    with pytest.raises(PhotoError, match="not an image Profile Editor can read"):
        clean_photo(encode(gradient(20, 20), fmt))


def test_truncated_jpeg_is_rejected() -> None:
    data = sample_photos()[0]
    with pytest.raises(PhotoError, match="damaged or truncated"):
        clean_photo(data[: len(data) // 2])


def test_truncated_png_is_rejected() -> None:
    data = encode(gradient(200, 200), "PNG")
    with pytest.raises(PhotoError, match="damaged or truncated"):
        clean_photo(data[: len(data) - 40])


@pytest.mark.parametrize(
    ("width", "height"),
    [(10_000, 9_000), (100_000, 100_000)],
    ids=["above-our-limit", "pillow-bomb-error"],
)
def test_decompression_bomb_is_rejected_before_decoding(width: int, height: int) -> None:
    assert width * height > MAX_PIXELS
    with pytest.raises(PhotoError, match="too large"):
        clean_photo(png_with_header_only(width, height))


def test_oversized_input_is_rejected_before_parsing() -> None:
    with pytest.raises(PhotoError, match="too large"):
        clean_photo(b"\xff\xd8\xff" + b"\0" * (64 * 1024 * 1024))


def test_photo_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        clean_photo(b"\x00")


# --- thumbnails ------------------------------------------------------------------------------------


def test_thumbnail_is_small_and_clean() -> None:
    data = thumbnail(sample_photos()[0])
    image = opened(data)
    assert image.format == "JPEG"
    assert max(image.size) == 96
    assert image.size == (77, 96)  # the 480x600 portrait keeps its aspect ratio
    assert_metadata_free(data)


def test_thumbnail_size_and_transparency() -> None:
    source = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    data = thumbnail(encode(source, "PNG"), size=48)
    image = opened(data)
    assert image.format == "PNG"
    assert image.size == (48, 24)
    assert_metadata_free(data)


def test_thumbnail_rejects_garbage() -> None:
    with pytest.raises(PhotoError):
        thumbnail(b"not an image")


# --- properties ------------------------------------------------------------------------------------


def only_clean_photo_or_photo_error(data: bytes) -> None:
    try:
        photo = clean_photo(data, max_side=256)
    except PhotoError as error:
        assert str(error)
    else:
        assert isinstance(photo, CleanPhoto)
        assert_metadata_free(photo.data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_give_clean_photo_or_photo_error(data: bytes) -> None:
    only_clean_photo_or_photo_error(data)


SMALL_JPEG = encode(gradient(64, 48), "JPEG", exif=gps_exif().tobytes(), comment=b"secret")
SMALL_PNG = encode(gradient(64, 48, "RGBA"), "PNG", exif=gps_exif().tobytes())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    source=st.sampled_from([SMALL_JPEG, SMALL_PNG]),
    # Mostly intact files with a few bytes changed, sometimes cut short anywhere.
    cut=st.just(0) | st.integers(min_value=0, max_value=1100),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=4000), st.integers(0, 255)), max_size=8
    ),
)
def test_damaged_real_images_give_clean_photo_or_photo_error(
    source: bytes, cut: int, flips: list[tuple[int, int]]
) -> None:
    # Random bytes rarely get past the magic numbers; damaging a real file reaches the decoders.
    data = bytearray(source[: max(1, len(source) - cut)])
    for position, value in flips:
        data[position % len(data)] = value
    only_clean_photo_or_photo_error(bytes(data))
