"""Where the words of a PDF are drawn, read by two independent readers: poppler
(``pdftotext -bbox-layout``, its XHTML of word boxes) and PyMuPDF (MuPDF's words). A layout
check runs its assertion on both, so that one reader's quirks cannot make it pass or fail.

Both give a page as lines of words, each word with its box in points (origin top left) and its
text with the invisible bidi controls dropped. Poppler gives Arabic in visual order (letters
reversed), PyMuPDF its words in logical order but left to right; ``Line.has`` and ``Word.has``
match a phrase in any of these orders.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
XHTML = "{http://www.w3.org/1999/xhtml}"


def _clean(text: str) -> str:
    text = BIDI_CONTROLS.sub("", text)
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in text
    ).strip()


def _has(text: str, phrase: str) -> bool:
    """``phrase`` in ``text`` as stored, letter-reversed (poppler's Arabic) or word-reversed
    (PyMuPDF's Arabic words, which it gives in logical order, laid left to right)."""
    words_reversed = " ".join(reversed(phrase.split()))
    return any(p in text for p in (phrase, phrase[::-1], words_reversed))


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    def has(self, phrase: str) -> bool:
        return _has(self.text, phrase)

    @property
    def inked(self) -> bool:
        """A word with a letter or digit (not a lone combining mark or punctuation, which poppler
        gives as zero-width words of their own)."""
        return any(unicodedata.category(ch)[0] in "LN" for ch in self.text)

    @property
    def arabic(self) -> bool:
        return any(unicodedata.bidirectional(ch) in ("AL", "R") for ch in self.text)


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def text(self) -> str:
        """The words left to right, joined by a space."""
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))

    def has(self, phrase: str) -> bool:
        return _has(self.text, phrase) or any(w.has(phrase) for w in self.words)


@dataclass(frozen=True)
class Page:
    number: int  # from 1
    width: float
    height: float
    lines: tuple[Line, ...]

    @property
    def words(self) -> list[Word]:
        return [w for line in self.lines for w in line.words]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def poppler_pages(path: Path) -> list[Page]:
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=300,
    ).stdout
    root = etree.fromstring(xhtml, etree.XMLParser(recover=True, huge_tree=True))
    pages = []
    for number, page in enumerate(root.iter(XHTML + "page"), 1):
        lines = []
        for line in page.iter(XHTML + "line"):
            words = tuple(
                Word(*(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")), _clean(w.text))
                for w in line.iter(XHTML + "word")
                if _clean(w.text or "")
            )
            if words:
                lines.append(Line(words))
        pages.append(
            Page(number, float(page.get("width")), float(page.get("height")), tuple(lines))
        )
    return pages


def pymupdf_pages(path: Path) -> list[Page]:
    import pymupdf

    pages = []
    with pymupdf.open(str(path)) as doc:
        for page in doc:
            lines: dict[tuple[int, int], list[Word]] = {}
            for x0, y0, x1, y1, text, block, line, _ in page.get_text("words"):
                if _clean(text):
                    lines.setdefault((block, line), []).append(Word(x0, y0, x1, y1, _clean(text)))
            pages.append(
                Page(
                    page.number + 1,
                    page.rect.width,
                    page.rect.height,
                    tuple(Line(tuple(words)) for words in lines.values()),
                )
            )
    return pages


READERS = {"poppler": poppler_pages, "PyMuPDF": pymupdf_pages}


def height_per_point(path: Path) -> dict[bool, float]:
    """How tall poppler draws a word's box per point of font size, for Arabic (True) and Latin
    (False) text: (Ascent − Descent) / 1000 of the embedded fonts' descriptors, which poppler
    reads. Poppler gives no font sizes; a box's height divided by this is one."""
    import pypdf

    found: dict[bool, float] = {}
    for page in pypdf.PdfReader(str(path)).pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is None:
                continue
            descriptor = descriptor.get_object()
            arabic = "Arabic" in str(descriptor["/FontName"])
            ratio = (float(descriptor["/Ascent"]) - float(descriptor["/Descent"])) / 1000
            assert found.setdefault(arabic, ratio) == ratio, "one height per script expected"
    return found


def poppler_size(line: Line, ratios: dict[bool, float]) -> float:
    """The largest font size of a poppler line's words that have letters (points)."""
    sizes = [
        (w.y1 - w.y0) / ratios[w.arabic]
        for w in line.words
        if any(unicodedata.category(ch).startswith("L") for ch in w.text)
    ]
    return max(sizes, default=0.0)
