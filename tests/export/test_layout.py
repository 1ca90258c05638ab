"""Layout of the PDF dossier on the showcase profiles (a woman journalist with real Arabic
prose, a released person, tall and wide photos, 30 renewal sessions): headings never end a page,
the cover has the organisation and no page number, every page but the cover is numbered."""

from __future__ import annotations

import pymupdf
import pytest
from export_helpers import TODAY
from showcase import showcase_profiles

from profileeditor.export import export_profiles
from profileeditor.export.content import DossierOptions

HEADING_PT = 13  # pdf.heading()'s size; the name is 17, body text 10.5 and less


@pytest.fixture(scope="module")
def showcase_pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("layout") / "showcase.pdf"
    options = DossierOptions(
        organisation={"ar": "تنسيقية الحقوق", "en": "Rights Coalition"},
        contact="contact@example.org",
    )
    export_profiles(showcase_profiles(), "pdf", out, lang="ar+en", today=TODAY, options=options)
    return out


def _spans(page):
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                if span["text"].strip():
                    yield span


def test_headings_never_end_a_page(showcase_pdf):
    doc = pymupdf.open(str(showcase_pdf))
    assert doc.page_count > 6
    for page in doc.pages(1):  # after the cover
        body = [s for s in _spans(page) if s["bbox"][3] < page.rect.height - 40]
        last = max(body, key=lambda s: s["bbox"][3])
        assert round(last["size"]) < HEADING_PT, (page.number + 1, last["text"])


def test_cover_has_the_organisation_and_no_page_number(showcase_pdf):
    doc = pymupdf.open(str(showcase_pdf))
    cover = doc[0].get_text()
    assert "Rights Coalition" in cover and "contact@example.org" in cover
    assert "Page" not in cover and "صفحة" not in doc[0].get_text("text").replace("\u200f", "")
    for page in doc.pages(1):
        assert "Page" in page.get_text() or "صفحة" in page.get_text() or "ةحفص" in page.get_text()
