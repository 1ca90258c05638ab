"""Direction from the dossier's language, embedded runs isolated (issue 12 §2).

An Arabic line that starts with a Latin name, a list of Latin aliases, an English line with an
Arabic name or an Arabic fallback: each is laid out in its section's direction, and what is in the
other direction is an isolated run. Checked on the views, on our PDF (glyph positions from
pdfminer, word boxes from poppler's pdftotext -bbox-layout and from PyMuPDF) and on the DOCX as
LibreOffice lays it out (its PDF read back the same ways).
"""

from __future__ import annotations

import copy
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import positions
import pytest
from export_helpers import normalise

from profileeditor.core import bidi
from profileeditor.export import export_profiles
from profileeditor.export.content import build_view

TODAY = date(2026, 1, 1)
ALIASES = ["Ahmed Samir Santawy", "A. Santawy", "أحمد سنطاوي"]
EN_BIO = "Case No. 1110 of 2021 names أحمد سمير among the accused."
AR_BIO = "Ahmed Samir طالب ماجستير في جامعة CEU في فيينا، قُبض عليه في 1 فبراير 2021."


def _profile() -> dict:
    return {
        "id": "00000000-0000-4000-8000-000000000009",
        "name": {"ar": "أحمد سمير", "en": "Ahmed Samir"},
        "aliases": ALIASES,
        "sex": "male",
        "status": "detained",
        "consent": {"level": "full"},
        "governorate": {"ar": "القاهرة."},
        "bio": {"ar": AR_BIO, "en": EN_BIO},
        "detentions": [{"id": "00000000-0000-4000-8000-0000000000d9", "arrest_date": "2021-02-01"}],
        "cases": [
            {
                "id": "00000000-0000-4000-8000-0000000000c9",
                "number": "65",
                "year": 2021,
                "sentence": {"date": "2022-06-22", "term_months": 48},
            }
        ],
    }


def _all_text(view) -> list[str]:
    rows = view.identity + view.facts + [r for d in view.detentions for r in d]
    rows += [line for case in view.cases for line in case.lines]
    return [v for _, v in rows] + [view.bio, view.case_numbers, *view.sources]


def test_latin_items_in_an_arabic_list_are_isolated():
    view = build_view(_profile(), "ar", today=TODAY, legal_limit_days=730)
    aliases = dict(view.identity)["أسماء أخرى"]
    assert aliases == "\u2068Ahmed Samir Santawy\u2069، \u2068A. Santawy\u2069، أحمد سنطاوي"
    # A mixed line keeps the section's direction: not wrapped whole by its first letter.
    assert view.bio == AR_BIO
    en = build_view(_profile(), "en", today=TODAY, legal_limit_days=730)
    # The Arabic fallback is isolated, so its full stop stays at its end and the note after it.
    assert dict(en.identity)["Governorate"] == "\u2068القاهرة.\u2069 (in Arabic only)"
    assert en.bio == EN_BIO


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_stray_invisible_marks(lang):
    """No LRM/RLM/ALM or embeddings anywhere, and nothing invisible before a date or number."""
    view = build_view(_profile(), lang, today=TODAY, legal_limit_days=730)
    for text in _all_text(view):
        assert not set(text) & (bidi.CONTROLS - {bidi.FSI, bidi.LRI, bidi.RLI, bidi.PDI}), text
        assert not re.search("[\u2066-\u2069][0-9٠-٩]", text), text


def _chars(pdf: Path) -> list[tuple[float, float, str]]:
    """(y, x, character) of every glyph, as pdfminer reads them one by one (by position, not
    through the ActualText spans): what the page shows, in visual order."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    def walk(item):
        if isinstance(item, LTChar):
            yield item
        elif hasattr(item, "__iter__"):
            for child in item:
                yield from walk(child)

    found = []
    for number, page in enumerate(extract_pages(str(pdf))):
        for ch in walk(page):
            text = bidi.strip(ch.get_text()).strip()
            if text:
                found.append((ch.y0 - 10000 * number, ch.x0, text))
    return found


def _x(chars, word: str, anchor: str) -> float:
    """The x of ``word``'s glyphs (Latin: where it starts; Arabic: its leftmost glyph) on the
    line that holds the Latin word ``anchor``."""
    rows: dict[int, list] = {}
    for y, x, ch in chars:
        rows.setdefault(round(y), []).append((x, ch))
    for y, row in rows.items():
        row.sort()
        if anchor in "".join(ch for _, ch in row):
            line = sorted(
                (x, ch) for yy, x, ch in chars if abs(yy - y) <= 5
            )  # Arabic glyphs sit a little lower
            break
    else:
        raise AssertionError(f"no line with {anchor!r}")
    text = "".join(ch for _, ch in line)
    if any(unicodedata.bidirectional(ch) in ("AL", "R") for ch in word):
        xs = [x for x, ch in line if ch in word]
        assert xs, word
        return min(xs)
    assert word in text, (word, text)
    return line[text.index(word)][0]


def _check_aliases(chars) -> None:
    # Right to left: the first alias on the right, the second to its left, the Arabic last.
    first = _x(chars, "AhmedSamirSantawy", anchor="AhmedSamirSantawy")
    second = _x(chars, "A.Santawy", anchor="AhmedSamirSantawy")
    arabic = _x(chars, "د", anchor="AhmedSamirSantawy")  # of أحمد سنطاوي, not of the label
    assert first > second > arabic, (first, second, arabic)


def _start(words: list[positions.Word], phrase: str) -> float | None:
    """The x where the Latin ``phrase`` begins among ``words`` (left to right), if it does."""
    wanted = phrase.split()
    texts = [w.text for w in words]
    for i in range(len(texts) - len(wanted) + 1):
        if texts[i : i + len(wanted)] == wanted:
            return words[i].x0
    return None


def _check_aliases_by_words(pages: list[positions.Page], reader: str) -> None:
    """The same order from a reader's word boxes (poppler's, PyMuPDF's): on the row of the
    first alias (every word of the page beside it, as a reader may split the row into lines at
    each isolated run), it starts right of the second, and the Arabic alias is leftmost."""
    for page in pages:
        for line in page.lines:
            words = sorted(line.words, key=lambda w: w.x0)
            first = _start(words, "Ahmed Samir Santawy")
            if first is None:
                continue
            top, bottom = words[0].y0, words[0].y1
            row = sorted(
                (w for w in page.words if top < (w.y0 + w.y1) / 2 < bottom), key=lambda w: w.x0
            )
            second = _start(row, "A. Santawy")
            arabic = [w.x0 for w in row if w.has("سنطاوي")]
            assert second is not None and arabic, (reader, [w.text for w in row])
            assert first > second > max(arabic), (reader, first, second, arabic)
            return
    raise AssertionError(f"{reader}: no line with the first alias")


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory):
    folder = tmp_path_factory.mktemp("direction")
    files = {}
    for lang in ("ar", "en"):
        for fmt in ("pdf", "docx"):
            out = folder / f"{lang}.{fmt}"
            export_profiles([copy.deepcopy(_profile())], fmt, out, lang=lang, today=TODAY)
            files[lang, fmt] = out
    return files


def _check_aliases_in_every_reader(pdf: Path) -> None:
    _check_aliases(_chars(pdf))  # pdfminer, glyph by glyph
    for reader, pages in positions.READERS.items():
        _check_aliases_by_words(pages(pdf), reader)


def test_pdf_lists_latin_aliases_right_to_left(dossiers):
    _check_aliases_in_every_reader(dossiers["ar", "pdf"])


@pytest.mark.slow
def test_docx_through_libreoffice(dossiers, soffice_pdf):
    pdfs = soffice_pdf([dossiers["ar", "docx"], dossiers["en", "docx"]])
    _check_aliases_in_every_reader(pdfs[dossiers["ar", "docx"]])
    english = pdfs[dossiers["en", "docx"]]
    text = normalise(
        subprocess.run(["pdftotext", str(english), "-"], capture_output=True, text=True).stdout
    )
    # The English paragraph stays left to right with Western digits: not "of 2021 ١١١٠ .Case No".
    assert "Case No. 1110 of 2021 names" in text
    assert not re.search("[٠-٩]", text)
    chars = _chars(english)
    assert _x(chars, "CaseNo", anchor="accused") < _x(chars, "accused", anchor="accused")
