"""The PDF text layer measured in seven independent readers on real Arabic prose.

Items are the fixture's paragraphs (tests/fixtures/arabic_prose.json, published text of rights
groups with tanween, shadda, lam-alef and digits) and table cells; an item counts when the
reader gives it back whole and in logical order. The table is printed (``-s``) for the closing
note; each reader must hold at least its measured figure, and the goal — every item in every
required reader — is a strict xfail until it is reached, so reaching it shows up.
"""

from __future__ import annotations

import pytest
from extractors import READERS, REQUIRED, available, reversed_words, whole
from prose_dossier import TODAY, arabic_items, paragraphs, prose_profiles

from profileeditor.export.dispatch import export_profiles

# Items whole per reader on this fixture (13 items), measured with the current text layer
# (words in logical order, glyphs in visual order: see export/pdf_text.py). Before it, with one
# reversed ActualText per line: pdftotext 13, -raw 6, pypdf 6, PyMuPDF 6, pdf.js 10, 0, 0.
FLOOR = {
    "pdftotext": 13,
    "pdftotext -raw": 6,
    "pypdf": 13,
    "PyMuPDF": 11,
    "pdf.js": 13,
    "pdfminer": 0,
    "mutool": 0,
}


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> dict[str, tuple[int, int, int]]:
    out = tmp_path_factory.mktemp("layer") / "prose-ar.pdf"
    export_profiles(prose_profiles(), "pdf", out, lang="ar", level="public", today=TODAY)
    items = arabic_items()
    words = sorted({w for item in items for w in item.split() if len(w) > 2})
    rows = {}
    for name, read in READERS.items():
        if not available(name):
            continue
        text = read(out)
        got = whole(items, text)
        rows[name] = (
            len(got),
            len([g for g in got if g in paragraphs()]),
            len(reversed_words(words, text)),
        )
    print(f"\nArabic items whole ({len(items)} items, {len(paragraphs())} paragraphs):")
    for name, (n, paras, rev) in rows.items():
        print(
            f"  {name:15} items {n:2}/{len(items)}  paragraphs {paras}/{len(paragraphs())}"
            f"  reversed words {rev}"
        )
    return rows


@pytest.mark.parametrize("reader", list(READERS))
def test_no_reader_falls_below_its_measured_figure(table, reader):
    if reader not in table:
        pytest.skip(f"{reader} is not installed here")
    assert table[reader][0] >= FLOOR[reader]


def test_pdftotext_gives_every_item_whole_with_no_word_reversed(table):
    n, paras, rev = table["pdftotext"]
    assert (n, paras, rev) == (len(arabic_items()), len(paragraphs()), 0)


@pytest.mark.xfail(
    strict=True,
    reason="issue 12 §1: poppler -raw keeps a word's trailing comma or full stop before the "
    'word (it never reorders punctuation inside a word), PyMuPDF adds spaces around / and " '
    "(fallback-font punctuation inside an Arabic word)",
)
def test_every_required_reader_gives_every_item_whole(table):
    assert all(table[r][0] == len(arabic_items()) for r in REQUIRED if r in table)
