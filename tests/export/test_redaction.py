"""A public export of any format never carries a partner or internal field (canary test)."""

from __future__ import annotations

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
