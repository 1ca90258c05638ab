"""The text layer of a right-to-left PDF line: which glyphs to draw in which order, with what text.

Shaping (HarfBuzz) and positions do not change: every glyph is drawn where fpdf2 would draw
it, so the page looks the same. What changes is the order of the drawing operators and the
text each glyph carries, because that is what readers build their text from. Measured with
small PDFs and on the test fixture (tests/export/test_text_layer.py), read against each
reader's source (poppler 22.12, pypdf 7.1, MuPDF 1.28 in PyMuPDF and 1.21 in mutool, pdf.js
5.4, pdfminer.six 20260107):

- pypdf reads glyphs in drawing order and reverses each run of right-to-left characters, a run
  ending where a left-to-right letter or digit starts (spaces and punctuation join the current
  run) or where a font operator (Tf) or text object ends the text it has gathered. It ignores
  marked content and ActualText, and it keeps the direction of the last strong character from
  one line to the next. A move right of more than the text drawn plus a space adds a space.
- pdf.js cuts the page into chunks (at a font change, a jump left of more than 0.2 em, a new
  line, any BDC/EMC) and runs a bidi pass over each chunk as if it were in visual order; chunks
  follow each other in drawing order. A space glyph survives only inside a chunk, and a mark
  (category Mn) joins whatever chunk is open when it is drawn. It ignores ActualText.
- MuPDF reads drawing order: glyphs that advance left to right on a right-to-left line are
  taken as visual order and that line's right-to-left runs reversed; a jump of more than
  0.8 em starts a new line, unless the direction changes there (a jump between digits and
  Arabic is never a gap). A glyph's direction is its own character's (the glyph's Unicode
  mapping, not its ActualText), a neutral one taking the direction before it. ActualText
  replaces the glyphs' text character by character in drawing order.
- poppler sorts glyphs by position (``pdftotext``) or keeps drawing order word by word
  (``-raw``), then reverses right-to-left characters. ActualText is spread over the span's box
  (from the origin of its first glyph drawn to the end of its last) as if it were drawn left
  to right, so it is read in visual order as well; a mark drawn above the baseline (shadda,
  tanween) starts a word of its own, and lam-alef, whose alef is drawn at the lam's origin, is
  two words. A blank glyph that is a word of its own (nothing drawn within 0.1 em of it) breaks
  the lines of ``pdftotext`` around it. Its direction table takes the Arabic comma, the full
  stop and "/" for digits, and ``-raw`` reorders each word alone (a span is one word).
- pdfminer and mutool (MuPDF 1.21's ``draw -F txt``) read the glyphs' Unicode mappings in
  drawing order with no bidi at all, and ignore ActualText (logical ActualText leaves mutool's
  text as it was).

So a line with Arabic is drawn as its runs in logical order (an Arabic run, digits, Latin, an
Arabic run in the fallback font…), each run's glyphs in visual order (what every reader above
reverses back), positions untouched:

- an Arabic run is one span whose ActualText is its characters in drawing order: poppler and
  MuPDF, the two readers that honour ActualText, lay a span out in drawing order and reverse it
  like glyphs (measured on the fixture: logical ActualText there gives pdftotext, -raw and
  PyMuPDF 0 of 13 items, and no span at all pdftotext 6); the span keeps poppler -raw's words in
  order and a mark off the baseline inside its word;
- the space after a run is drawn first, at the run's left, mapped to ALM + space (pdf.js keeps
  it, in the run's chunk, before a mark the run may start with); the space between digits and
  the Arabic that follows is drawn last, with that Arabic (MuPDF ends a line at a jump back);
  an ALM (U+061C, the Arabic letter mark) also stands between a space and a comma, full stop
  or digits, where poppler would move the space across them;
- two Arabic runs that touch (a "/" or quotes in the fallback font: "أبريل/نيسان") have a
  left-to-right mark between them, a blank glyph 0.15 em wide just left of the second run, in
  a span whose ActualText is an ALM: MuPDF sees a change of direction instead of a jump back
  (PyMuPDF 11 → 12 of 13), poppler an ALM inside the run's word (as a left-to-right character
  it would move the punctuation round it; as a word of its own it breaks the lines: pdftotext
  13 → 11); punctuation after digits ("2024.") starts with a blank ALM glyph, which makes it
  right to left to MuPDF, again a change of direction (PyMuPDF 13);
- a Tf before each run ends pypdf's run; an ALM before an Arabic run that follows digits or
  Latin turns pypdf back to right-to-left;
- Latin and digits are runs of their own, left to right; Latin in an Arabic line is in a span
  with ``/Lang (en)``.

The marks (ALM, LRM, and the RLE/LRE … PDF that poppler adds itself) are invisible bidi
controls, only at those seams; the tests drop them as they drop poppler's. The page looks
exactly as before: the added glyphs are blank (U+200B's and the space's) and every glyph keeps
fpdf2's position (the test suite renders the fixture with them drawn invisible, pixel for
pixel). (``words=True`` draws word by word instead: the same figures, but an ALM between all
words.)

What no drawing gives, measured on the fixture (13 items; now pdftotext, pypdf, PyMuPDF and
pdf.js 13, -raw 6, pdfminer and mutool 0):

- poppler -raw and a comma or full stop after an Arabic word ("ممدوح، أحمد"): -raw reorders
  each word alone, left to right, and a "digit" (the comma) inside it ends the right-to-left
  part, so the comma must come after the word's letters in the word's text; pdftotext reverses
  the whole line, so the same text puts the comma before the word. Two words, then: -raw joins
  them with no space only if the comma's box starts within 0.2 em of the end of the word's box,
  pdftotext puts the comma after the word only if its box starts left of the word's: the
  word's box must end within 0.2 em of its start, while pdftotext makes a line only of words
  less than 1.5 em apart. Tried: each section between commas a span of its own, drawn in
  logical order, whose box ends at its left end (a blank left-to-right mark drawn last there,
  read as an ALM), the comma a span starting with a blank ALM 0.02 em inside that end, and a
  blank word over the rest of the section, so that pdftotext keeps its lines: -raw 6 → 9,
  pdftotext 13 → 7 without the blank word, 10 with it; with an ALM instead of the space unit
  before a section that starts with a mark: -raw 11, pdftotext 12, pypdf 12, PyMuPDF 9, pdf.js
  11. Left: a "/" or an opening quote before a word needs the word's box to start at its right
  end (-raw joins words left to right), a section with punctuation on both sides both; and
  each reader's own seams (pypdf adds a space at a move right, MuPDF a line at a jump back,
  pdf.js moves a mark into the chunk before it).
- a reader with no bidi: glyphs in logical drawing order (no ActualText) give mutool 13,
  pdfminer 11 and PyMuPDF 12, but pypdf 0 (135 words reversed), pdf.js 0, pdftotext 5 and -raw
  0 (a left-to-right mark after each letter: pypdf still 0, pdfminer 1). pdfminer, mutool and
  pypdf all read the glyphs' own text in drawing order and ignore ActualText; pypdf reverses
  Arabic, pdfminer and mutool do not, so no order of glyphs satisfies both (nor does
  ActualText, which none of them reads: logical ActualText gives mutool and pdfminer 0 still,
  and pdftotext, -raw and PyMuPDF 0).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

ALM = "\u061c"
RLM, LRM = "\u200f", "\u200e"
# A space drawn before its word: not whitespace and not a format character to pdf.js (so it
# opens the word's chunk), neutral to pypdf, right-to-left to MuPDF.
SPACE_UNIT = ALM + " "
LATIN = "en"
# The width of the left-to-right mark drawn between two right-to-left runs of different fonts,
# in thousandths of an em: enough for poppler to join it to the word after it (less than 0.1 em
# apart would be a duplicate to poppler), close enough for poppler and MuPDF to read no gap.
SEAM_UNITS = 150


@dataclass
class Glyph:
    gid: int
    text: str  # the characters of its cluster ("" for a cluster's other glyphs)
    x: float  # where it is drawn, in points
    y: float
    width: float  # how far the PDF renderer advances after it (the font's width), in points
    advance: float  # HarfBuzz's advance, in points
    char: int  # index of its cluster's first character in the run's text


@dataclass
class Run:
    """One fpdf2 fragment: a run of one font and one direction, its glyphs in drawing order."""

    font: object  # opaque to this module: handed back to ``cid``
    font_op: str  # the Tf operator selecting its font and size
    size: float  # font size in points
    text: str
    rtl: bool
    glyphs: list[Glyph]
    invisible: int  # a zero-width glyph without outline (the font's U+200B)
    space: int  # the font's space glyph
    space_width: float  # its width in points
    baseline: float  # y of the baseline, in points


@dataclass
class _Token:
    kind: str  # "W" right-to-left word, "S" space, "L" left-to-right run
    run: Run
    glyphs: list[Glyph]
    text: str


def _marks_in_stored_order(run: Run) -> None:
    """HarfBuzz puts shadda before the other marks of its letter (and draws them in that order);
    readers give back marks in drawing order, reversed: the marks drawn before a letter carry
    their characters so that, reversed, they read as stored (kasra then shadda: NFC order)."""
    glyphs: list[Glyph] = []
    for g in run.glyphs:
        if g.advance == 0 and len(g.text) > 1 and _is_mark(g.text):
            # One glyph for two marks (shadda with kasra): readers would reverse its characters
            # (pdf.js, poppler) or not (pypdf); one character per glyph, the others carried by
            # blank glyphs at the same place, drawn before it.
            for ch in reversed(g.text[1:]):
                glyphs.append(Glyph(run.invisible, ch, g.x, g.y, 0.0, 0.0, g.char))
            g.text = g.text[0]
        glyphs.append(g)
    run.glyphs = glyphs
    i = 0
    while i < len(glyphs):
        j = i
        while j < len(glyphs) and glyphs[j].advance == 0 and _is_mark(glyphs[j].text):
            j += 1
        if j - i > 1:
            order = sorted(glyphs[i:j], key=lambda g: g.char, reverse=True)
            texts = [(g.text, g.char) for g in order]
            for g, (text, char) in zip(glyphs[i:j], texts, strict=True):
                g.text, g.char = text, char
        i = max(j, i + 1)


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch) == "Mn" for ch in text)


def _tokens(runs: Sequence[Run], words: bool) -> list[_Token]:
    """Arabic runs (or words), spaces and left-to-right runs in logical order (runs are given in
    logical order). A run keeps its inner spaces unless ``words``."""
    out: list[_Token] = []
    for run in runs:
        if not run.rtl:
            out.append(_Token("L", run, list(run.glyphs), run.text))
            continue
        _marks_in_stored_order(run)
        text = run.text
        if not words and not text.strip():  # a run of spaces (the fallback font's)
            out.append(_Token("S", run, list(run.glyphs), text))
            continue
        if not words:
            lead = len(text) - len(text.lstrip())
            tail = len(text.rstrip())
            for start, end, kind in ((0, lead, "S"), (lead, tail, "W"), (tail, len(text), "S")):
                if end > start:
                    glyphs = [g for g in run.glyphs if start <= g.char < end]
                    out.append(_Token(kind, run, glyphs, text[start:end]))
            continue
        start = 0
        while start < len(text):
            space = text[start].isspace()
            end = start
            while end < len(text) and text[end].isspace() == space:
                end += 1
            glyphs = [g for g in run.glyphs if start <= g.char < end]
            out.append(_Token("S" if space else "W", run, glyphs, text[start:end]))
            start = end
    return out


def _needs_span(token: _Token) -> bool:
    """A word poppler would break: a mark above or below the baseline, or a letter drawn at the
    origin of the next (lam-alef)."""
    return any(g.advance == 0 and g.text for g in token.glyphs)


def _strong_rtl(text: str) -> bool:
    return bool(text) and unicodedata.bidirectional(text[0]) in ("R", "AL")


def _neutral(text: str) -> bool:
    return not any(unicodedata.bidirectional(ch) in ("R", "AL", "L") for ch in text)


def _is_latin(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "L" and ch.isalpha() for ch in text)


def actual_text_operator(text: str, lang: str | None = None) -> str:
    """The BDC operator opening a span whose ActualText is ``text`` (UTF-16BE with BOM)."""
    props = ""
    if lang:
        props += f"/Lang ({lang})"
    if text:
        encoded = ("\ufeff" + text).encode("utf-16-be").hex().upper()
        props += f"/ActualText <{encoded}>"
    return f"/Span <<{props}>> BDC"


def rtl_line_operators(
    runs: Sequence[Run],
    cid: Callable[[Run, int, str, int | None], str],
    span_text: str = "glyphs",
    rtl_paragraph: bool = True,
    words: bool = False,
) -> str:
    """The text operators of a line with right-to-left text (inside its BT … ET); ``runs`` in
    logical order. In a left-to-right paragraph (an Arabic name in an English line) the Arabic
    words are drawn the same way and the Latin runs as they are.

    ``cid(run, gid, text)`` returns the escaped string operand drawing glyph ``gid`` of the run's
    font with ``text`` as its Unicode mapping. ``span_text`` says what ActualText a word that
    poppler would break gets: "glyphs" (its characters in drawing order, as poppler and MuPDF
    read spans) or "logical".
    """
    ops: list[str] = []
    texts: list[str] = []  # the Unicode text of each glyph drawn, in drawing order
    pen: list[float] = [float("nan"), float("nan")]
    mupdf_rtl = [False]  # the direction MuPDF is in after the last glyph drawn

    font = [""]  # the Tf in force

    def draw(
        run: Run, gid: int, text: str, x: float, y: float, width: float, units: int | None = None
    ) -> None:
        if font[0] != run.font_op:
            ops.append(run.font_op)
            font[0] = run.font_op
        if not (abs(pen[0] - x) <= 0.005 and abs(pen[1] - y) <= 0.005):
            ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        ops.append(f"({cid(run, gid, text, units)}) Tj")
        texts.append(text)
        pen[0], pen[1] = x + width, y
        if text:  # the direction MuPDF gives the glyph: its first character's, neutrals inherit
            bidi = unicodedata.bidirectional(text[0])
            if bidi in ("L", "EN", "ES", "ET"):
                mupdf_rtl[0] = False
            elif bidi in ("R", "AL", "AN"):
                mupdf_rtl[0] = True
        if text in (
            ALM,
            RLM,
            LRM,
        ):  # pdf.js skips the glyph without moving: place the next one again
            pen[0] = float("nan")

    def glyph(run: Run, g: Glyph, text: str) -> None:
        if g.width == 0 and text and not _is_mark(text) and not text.isspace():
            # A letter drawn at the next one's origin (lam-alef's alef): as wide as a thousandth
            # of an em in the font's widths, or pdf.js measures the next glyph from before the
            # space ahead of it and reads a space inside the word.
            draw(run, g.gid, text, g.x, g.y, run.size / 1000, 1)
            return
        draw(run, g.gid, text, g.x, g.y, g.width)

    def space(run: Run, g: Glyph, before_word: bool | None) -> None:
        # poppler puts a space beside a digit, a Latin letter or a comma into that character's
        # left-to-right run (the wrong side of it), and poppler -raw leaves a word's trailing
        # comma or full stop, drawn first, outside the word's reversed run: an Arabic letter
        # mark (invisible, skipped by pdf.js) right of the space keeps both in the Arabic run.
        glyph(run, g, SPACE_UNIT)
        if before_word is None:
            return
        if before_word:
            # In the word's poppler word: a blank glyph as wide as the space, at its origin, is
            # neither a duplicate of the space's characters nor apart from the word.
            draw(run, run.space, ALM, g.x, g.y, run.space_width)
        else:
            draw(run, run.invisible, ALM, g.x + 0.75 * g.width, g.y, 0.0)

    tokens = _tokens(runs, words)
    used: set[int] = set()
    trailer: _Token | None = None  # a space drawn after the next word
    after_ltr = True  # the first word of a line: pypdf may come from left-to-right text
    for index, token in enumerate(tokens):
        if index in used or not token.glyphs:
            continue
        run = token.run
        font[0] = ""  # each token starts with a Tf, which ends the run of text pypdf gathered
        if token.kind == "L":
            latin = rtl_paragraph and _is_latin(token.text)
            if latin:
                ops.append(actual_text_operator("", LATIN))
            for g in token.glyphs:
                glyph(run, g, g.text)
            if latin:
                ops.append("EMC")
            after_ltr = True
            continue
        if token.kind == "S":
            nxt = tokens[index + 1] if index + 1 < len(tokens) else None
            if not words and nxt is not None and nxt.kind == "W" and nxt.glyphs:
                # The space between digits (or Latin) and the Arabic that follows is drawn
                # with that Arabic, after it (it is at its right end): MuPDF ends a line at a
                # jump back within one direction, which drawing it first would make.
                trailer = token
                continue
            for g in token.glyphs:
                space(run, g, False)
            continue
        # A word: the space after it first (at its left), then its glyphs in visual order.
        nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        opener = nxt if nxt is not None and nxt.kind == "S" and nxt.glyphs else None
        if opener is not None:
            used.add(index + 1)
        left = min(g.x for g in token.glyphs)
        y = run.baseline  # not the first glyph's: a mark's is above or below it
        strong = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in token.text)
        prev = tokens[index - 1] if index > 0 else None
        if prev is not None and prev.kind == "W" and prev.glyphs and mupdf_rtl[0]:
            # Two right-to-left runs of different fonts touch ("أبريل/نيسان", a quote in the
            # fallback font): MuPDF, still right to left, reads the jump back to this run's left
            # end as a new line. A left-to-right mark first is a change of direction, where it
            # reads no gap. Only MuPDF needs it: poppler, which would take the mark for
            # left-to-right text and move the punctuation round it, reads an ALM instead
            # (ActualText); the mark is as wide as SEAM_UNITS, just left of the run, so that
            # poppler makes it part of the run's word instead of a word of its own (a lone
            # blank word breaks poppler's lines).
            start = opener.glyphs[0].x if opener is not None else left
            seam = SEAM_UNITS / 1000 * run.size
            ops.append(actual_text_operator(ALM))
            draw(run, run.invisible, LRM, start - seam, y, seam, SEAM_UNITS)
            ops.append("EMC")
        if after_ltr and strong and (opener is not None or _neutral(token.glyphs[0].text)):
            # pypdf is still in left-to-right order (digits or Latin came last, on this line
            # or the one before) and would put the neutral first glyph before the word: an
            # Arabic letter mark first turns it back.
            start = opener.glyphs[0].x if opener is not None else left
            draw(run, run.invisible, ALM, start, y, 0.0)
        if after_ltr and not strong:
            # Punctuation after digits ("2024.", the hyphens of 2019-01-10): poppler would join
            # it to a neighbouring digits' run, on the wrong side of them; Arabic letter marks
            # on both sides (in its ActualText) keep it in its place.
            shown = ALM + "".join(g.text for g in token.glyphs) + ALM
            if trailer is not None:
                shown += SPACE_UNIT * len(trailer.glyphs) + ALM
            ops.append(actual_text_operator(shown))
            # MuPDF takes the punctuation after digits for left-to-right, as they are, and the
            # jump back to it, left of them, for a new line: an ALM glyph first (the ActualText's
            # own) makes it right to left, where a change of direction is no gap.
            draw(run, run.invisible, ALM, token.glyphs[0].x, y, 0.0)
            for g in token.glyphs:
                glyph(run, g, g.text)
            if trailer is not None:
                for g in trailer.glyphs:
                    glyph(trailer.run, g, SPACE_UNIT)
                last = trailer.glyphs[-1]
                draw(trailer.run, trailer.run.invisible, ALM, last.x + last.width, y, 0.0)
                trailer = None
            ops.append("EMC")
            continue
        span = span_text != "none" and (not words or _needs_span(token))
        mark, mark_texts = len(ops), len(texts)
        if opener is not None:
            # The mark is needed only where the word's left end is not an Arabic letter.
            needs = not _strong_rtl(token.glyphs[0].text)
            for g in opener.glyphs:
                space(opener.run, g, True if needs and g is opener.glyphs[-1] else None)
        elif token.glyphs[0].advance == 0:
            # The word's left end is a mark (or a zero-width letter): pdf.js would add it to the
            # chunk still open, the previous word's; a space unit at its left opens this one.
            blank = Glyph(run.space, SPACE_UNIT, left - run.space_width, y, run.space_width, 0, -1)
            space(run, blank, True)
        for k, g in enumerate(token.glyphs):
            glyph(run, g, g.text)
            nxt_glyph = token.glyphs[k + 1] if k + 1 < len(token.glyphs) else None
            if g.text.isspace() and nxt_glyph is not None and not _strong_rtl(nxt_glyph.text):
                # A space before a comma, a full stop or digits: poppler would move it across
                # them (see space()); an Arabic letter mark between keeps it in place.
                draw(run, run.invisible, ALM, g.x + g.width, g.y, 0.0)
        if trailer is not None:
            for g in trailer.glyphs:
                glyph(trailer.run, g, SPACE_UNIT)
            # Up to the digits' edge, so that poppler sees no gap (which it would fill with a
            # space of its own, beside the digits).
            last = trailer.glyphs[-1]
            draw(trailer.run, trailer.run.invisible, ALM, last.x + last.width, y, 0.0)
            trailer = None
        if span:
            # poppler and MuPDF read a span's text in drawing order, like its glyphs.
            shown = "".join(texts[mark_texts:]) if span_text != "logical" else token.text
            # Arabic inside an English line also says so (/Lang); Latin inside Arabic does below.
            lang = None if rtl_paragraph else "ar"
            ops.insert(mark, actual_text_operator(shown, lang))
            ops.append("EMC")
        after_ltr = False
    first = next((t for t in tokens if t.glyphs), None)
    if first is not None and first.kind == "L" and rtl_paragraph:
        # MuPDF never ends a line where the text changes direction: a line that starts with
        # digits or Latin (a timeline label, a table cell) would join the Arabic line drawn
        # before it. A right-to-left mark first, at the line's right end, keeps them apart.
        right = max(g.x + g.width for t in tokens for g in t.glyphs)
        base = first.run.baseline
        ops[:0] = [
            first.run.font_op,
            f"1 0 0 1 {right:.2f} {base:.2f} Tm",
            f"({cid(first.run, first.run.invisible, RLM, None)}) Tj",
        ]
    return " ".join(ops)
