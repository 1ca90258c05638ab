"""A public export of any format never carries a partner or internal field (canary test)."""

from __future__ import annotations

import re
import zipfile

import pytest
from export_helpers import CANARY, TODAY, pdf_streams, pdftotext
from PIL import Image

from profileeditor.export import export_profiles

FORMS = [
    CANARY.encode(),
    CANARY.encode("utf-16-be"),
    CANARY.encode("utf-16-be").hex().upper().encode(),
]


def _leaks(blob: bytes) -> bool:
    return any(form in blob for form in FORMS)


@pytest.mark.parametrize("lang", ["ar+en", "ar", "en"])
def test_public_pdf_and_docx_carry_no_canary(tmp_path, canary_profiles, lang):
    pdf = tmp_path / "d.pdf"
    export_profiles(canary_profiles, "pdf", pdf, lang=lang, today=TODAY, include_unconsented=True)
    assert CANARY not in pdftotext(pdf).stdout
    assert not _leaks(pdf_streams(pdf))
    docx = tmp_path / "d.docx"
    export_profiles(canary_profiles, "docx", docx, lang=lang, today=TODAY, include_unconsented=True)
    with zipfile.ZipFile(docx) as z:
        for name in z.namelist():
            assert not _leaks(z.read(name)), name


def test_public_tables_and_cards_carry_no_canary(tmp_path, canary_profiles):
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"t.{fmt}"
        export_profiles(canary_profiles, fmt, out, today=TODAY, include_unconsented=True)
        if fmt == "csv":
            assert CANARY not in out.read_text(encoding="utf-8-sig")
        else:
            with zipfile.ZipFile(out) as z:
                assert not any(_leaks(z.read(n)) for n in z.namelist())
    cards = export_profiles(
        canary_profiles,
        "card",
        tmp_path / "cards",
        lang="ar",
        today=TODAY,
        include_unconsented=True,
    )
    for card in cards:
        assert not _leaks(card.read_bytes())


def test_partner_level_shows_partner_fields_but_not_internal(tmp_path, canary_profiles):
    out = tmp_path / "partner.csv"
    # CSV carries no free text; use the PDF, whose text shows identity fields.
    pdf = tmp_path / "partner.pdf"
    export_profiles(canary_profiles[:1], "pdf", pdf, lang="en", level="partner", today=TODAY)
    text = pdftotext(pdf).stdout
    assert f"{CANARY} e" in text  # health, lawyers, case notes are partner fields
    assert f"https://{CANARY}.invalid" not in text  # internal source
    assert "Family contact" not in text and "Consent" not in text
    assert not out.exists()


def test_exported_photos_have_no_metadata(tmp_path, consented):
    docx = tmp_path / "d.docx"
    export_profiles(consented, "docx", docx, lang="en", today=TODAY)
    with zipfile.ZipFile(docx) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert media
        for name in media:
            z.extract(name, tmp_path)
            with Image.open(tmp_path / name) as img:
                assert not img.getexif()
                assert not {"exif", "xmp", "comment", "icc_profile", "XML:com.adobe.xmp"} & set(
                    img.info
                )
    pdf = tmp_path / "d.pdf"
    export_profiles(consented, "pdf", pdf, lang="en", today=TODAY)
    raw = pdf.read_bytes()
    assert b"Exif" not in raw and b"http://ns.adobe.com/xap" not in raw and b"GPS" not in raw
    assert raw.count(b"/DCTDecode") >= len(consented)


# --- issue 9.10: no internal ids, record timestamps or times of day in media exports ---------


def _internal_marks(profiles: list[dict]) -> list[bytes]:
    """Profile ids (and their hex form), record timestamps: what a media export must not carry."""
    marks = []
    for p in profiles:
        marks += [p["id"].encode(), p["id"].replace("-", "").encode()]
        for key in ("created_at", "updated_at"):
            if p.get(key):
                marks.append(p[key].encode())
                marks.append(p[key].encode("utf-16-be"))
    return marks


def test_media_exports_carry_no_internal_ids_or_record_times(tmp_path, consented):
    marks = _internal_marks(consented)
    blobs: dict[str, bytes] = {}
    for fmt in ("csv", "xlsx", "docx", "pdf"):
        out = tmp_path / f"m.{fmt}"
        export_profiles(consented, fmt, out, lang="ar+en", today=TODAY)
        if fmt in ("xlsx", "docx"):
            with zipfile.ZipFile(out) as z:
                blobs[fmt] = b"\n".join(z.read(n) for n in z.namelist())
        elif fmt == "pdf":
            blobs[fmt] = pdf_streams(out)
        else:
            blobs[fmt] = out.read_bytes()
    cards = export_profiles(consented, "card", tmp_path / "cards", lang="en", today=TODAY)
    blobs["card"] = b"".join(c.read_bytes() for c in cards)
    for fmt, blob in blobs.items():
        assert not [m for m in marks if m in blob], fmt


def test_card_files_are_numbered_not_named_after_people(tmp_path, consented):
    cards = export_profiles(consented, "card", tmp_path / "cards", lang="en", today=TODAY)
    names = [c.name for c in cards]
    # Numbered in order; the size and language follow the number (card-001-portrait-en.png).
    assert [n.split("-")[1] for n in names] == [f"{i:03d}" for i in range(1, len(consented) + 1)]
    assert all(re.fullmatch(r"card-\d{3}(-[a-z0-9]+)*\.png", n) for n in names), names
    words = {
        w.lower()
        for p in consented
        for w in ((p.get("name") or {}).get("en") or "").replace("-", " ").split()
    }
    assert not [n for n in names if any(w in n.lower() for w in words if len(w) > 2)]


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_office_files_carry_no_time_of_day(tmp_path, consented, fmt):
    """Zip entries hold the writer's local time and core.xml its UTC time: together they give
    the time zone away. Entries carry 1980-01-01 00:00 and core.xml no time at all."""
    import re

    out = tmp_path / f"t.{fmt}"
    export_profiles(consented[:1], fmt, out, lang="en", today=TODAY)
    with zipfile.ZipFile(out) as z:
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode("utf-8")
        app = (
            z.read("docProps/app.xml").decode("utf-8") if "docProps/app.xml" in z.namelist() else ""
        )
    stamps = re.findall(r"\d{4}-\d\d-\d\dT(\d\d:\d\d(?::\d\d)?)", core + app)
    assert all(t.startswith("00:00") for t in stamps), stamps
    assert "openpyxl" not in core and "python-docx" not in core


def test_public_json_drops_ids_unless_asked(tmp_path, consented):
    import json

    from profileeditor.export import jsonfile
    from profileeditor.importers.json_import import check_document

    out = tmp_path / "p.json"
    jsonfile.write(out, consented, "public")
    text = out.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert not [m for m in _internal_marks(consented) if m.decode("utf-8", "ignore") in text]
    original_ids = {value for p in consented for value in _values_of(p, "id")}
    assert not original_ids & set(_values_of(doc, "id"))
    for profile in doc["profiles"]:  # references stay consistent inside the file
        if profile.get("photo"):
            assert profile["photo"] in {a["id"] for a in profile.get("attachments", [])}
        for att in profile.get("attachments", []):
            assert "added_at" not in att and "credit" not in att
            assert att["filename"].startswith(("photo", "attachment"))
    check_document(json.loads(text))  # still a valid interchange file
    kept = tmp_path / "k.json"
    jsonfile.write(kept, consented, "public", keep_ids=True)
    assert {p["id"] for p in json.loads(kept.read_text(encoding="utf-8"))["profiles"]} == {
        p["id"] for p in consented
    }
    internal = tmp_path / "i.json"
    jsonfile.write(internal, consented, "internal")
    assert {p["id"] for p in json.loads(internal.read_text(encoding="utf-8"))["profiles"]} == {
        p["id"] for p in consented
    }


def _values_of(node, key: str):
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                if k == key and isinstance(v, str):
                    yield v
                else:
                    stack.append(v)
        elif isinstance(item, list):
            stack.extend(item)
