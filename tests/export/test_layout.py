"""Layout of the PDF dossier on the showcase profiles (a woman journalist with real Arabic
prose, a released person, tall and wide photos, 30 renewal sessions): headings never end a page,
the cover has the organisation and no page number, every page but the cover is numbered."""

from __future__ import annotations

import positions
import pymupdf
import pytest
from export_helpers import TODAY
from showcase import showcase_profiles

from profileeditor.export import export_profiles
from profileeditor.export.content import DossierOptions

HEADING_PT = 13  # pdf.heading()'s size; the name is 17, body text 10.5 and less
FOOTER = 40  # points at the foot of the page that hold its number


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


def _last_lines_pymupdf(path) -> list[tuple[int, float, str]]:
    """(page, font size, text) of the lowest line above the footer of every page but the cover,
    from PyMuPDF's spans and their sizes."""
    out = []
    with pymupdf.open(str(path)) as doc:
        for page in doc.pages(1):
            body = [s for s in _spans(page) if s["bbox"][3] < page.rect.height - FOOTER]
            last = max(body, key=lambda s: s["bbox"][3])
            out.append((page.number + 1, last["size"], last["text"]))
    return out


def _last_lines_poppler(path) -> list[tuple[int, float, str]]:
    """The same from poppler's word boxes, a box's height turned into a font size by the
    fonts' own ascent and descent (poppler gives no size)."""
    ratios = positions.height_per_point(path)
    out = []
    for page in positions.poppler_pages(path)[1:]:
        body = [line for line in page.lines if line.y1 < page.height - FOOTER]
        last = max(body, key=lambda line: line.y1)
        out.append((page.number, positions.poppler_size(last, ratios), last.text))
    return out


@pytest.mark.parametrize("reader", ["PyMuPDF", "poppler"])
def test_headings_never_end_a_page(showcase_pdf, reader):
    last_lines = {"PyMuPDF": _last_lines_pymupdf, "poppler": _last_lines_poppler}[reader]
    found = last_lines(showcase_pdf)
    assert len(found) > 5
    for page, size, text in found:
        assert round(size) < HEADING_PT, (reader, page, size, text)


@pytest.mark.parametrize("reader", list(positions.READERS))
def test_cover_has_the_organisation_and_no_page_number(showcase_pdf, reader):
    pages = positions.READERS[reader](showcase_pdf)
    cover = pages[0]
    assert cover.number == 1 and len(pages) > 6
    assert any(line.has("Rights Coalition") for line in cover.lines)
    assert any(line.has("تنسيقية الحقوق") for line in cover.lines)
    assert any(line.has("contact@example.org") for line in cover.lines)
    assert not any(line.has("Page") or line.has("صفحة") for line in cover.lines)
    for page in pages[1:]:
        # "Page 3 of 25" / "صفحة 2 من 25" at the foot of the page.
        footer = [line for line in page.lines if line.y0 > page.height - FOOTER]
        assert len(footer) == 1, (reader, page.number, [line.text for line in footer])
        words = [w.text for w in footer[0].words]
        assert footer[0].has("Page") or footer[0].has("صفحة"), (reader, page.number, words)
        assert str(page.number) in words and str(len(pages)) in words, (reader, words)
