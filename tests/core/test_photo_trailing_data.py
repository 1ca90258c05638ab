"""Issue 9.12: bytes hidden after a photo's end marker never survive intake or export.

A JPEG that is otherwise clean (as another vault wrote it) with GPS text after its EOI marker was
kept byte for byte, stored in the vault and written into public JSON exports.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json

import pytest
from PIL import Image

from profileeditor.core import photos
from profileeditor.core.attachments import check_attachments
from profileeditor.export import jsonfile
from profileeditor.importers.json_import import import_document

HIDDEN = b"GPS 30.0444N 31.2357E photographer Nadia Kamal"


def _clean_jpeg() -> bytes:
    image = Image.new("RGB", (64, 48), (120, 80, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return photos.clean_photo(buffer.getvalue()).data


def _clean_png() -> bytes:
    image = Image.new("RGBA", (32, 32), (10, 20, 30, 128))
    return photos.clean_photo(_encode(image, "PNG")).data


def _encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def test_output_of_clean_photo_is_clean():
    assert photos.is_clean(_clean_jpeg()) and photos.is_clean(_clean_png())


@pytest.mark.parametrize(
    "tail",
    [HIDDEN, b"\xff\xd9" + HIDDEN, b"\xff\xfe\x00\x10" + HIDDEN, b"\x00"],
    ids=["text", "second-eoi", "comment-marker", "one-byte"],
)
def test_jpeg_with_data_after_eoi_is_not_clean(tail):
    assert not photos.is_clean(_clean_jpeg() + tail)


def test_jpeg_with_a_marker_inside_the_scan_is_not_clean():
    data = _clean_jpeg()
    # A comment segment spliced in right before EOI, inside what the old check took for scan data.
    spliced = data[:-2] + b"\xff\xfe" + len(HIDDEN + b"..").to_bytes(2, "big") + HIDDEN + data[-2:]
    assert not photos.is_clean(spliced)


@pytest.mark.parametrize("tail", [HIDDEN, b"\x00\x00"])
def test_png_with_data_after_iend_is_not_clean(tail):
    assert not photos.is_clean(_clean_png() + tail)


def test_webp_riff_with_data_after_its_length_is_cleaned():
    webp = _encode(Image.new("RGB", (40, 40), (1, 2, 3)), "WEBP") + HIDDEN
    assert HIDDEN not in photos.clean_photo(webp).data


def _profile_with_photo(data: bytes, sample: dict) -> dict:
    profile = copy.deepcopy(sample)
    photo = next(a for a in profile["attachments"] if a["id"] == profile["photo"])
    photo["data"] = base64.b64encode(data).decode("ascii")
    photo["sha256"] = hashlib.sha256(data).hexdigest()
    return profile


def test_check_attachments_drops_the_tail(sample_profiles):
    profile = _profile_with_photo(_clean_jpeg() + HIDDEN, sample_profiles[0])
    check_attachments(profile)
    photo = next(a for a in profile["attachments"] if a["id"] == profile["photo"])
    assert HIDDEN not in base64.b64decode(photo["data"])


def test_tail_survives_neither_import_nor_public_export(vault, sample_profiles, tmp_path):
    profile = _profile_with_photo(_clean_jpeg() + HIDDEN, sample_profiles[0])
    assert profile["consent"]["level"] == "full"
    doc = {"format": "profileeditor.profiles", "version": 1, "profiles": [profile]}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    from profileeditor.importers.json_import import read_file

    import_document(vault.repository, read_file(source), checked=True)
    stored = vault.repository.get_profile(profile["id"])
    photo = next(a for a in stored["attachments"] if a["id"] == stored["photo"])
    assert HIDDEN not in base64.b64decode(photo["data"])
    out = tmp_path / "public.json"
    jsonfile.write(out, [stored], "public")
    exported = json.loads(out.read_text(encoding="utf-8"))["profiles"][0]
    blobs = [base64.b64decode(a["data"]) for a in exported.get("attachments", []) if a.get("data")]
    assert blobs, "the public export carries the photo"
    assert not [b for b in blobs if HIDDEN in b]
