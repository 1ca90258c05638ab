"""Searchable, copyable Arabic in PDFs: ActualText spans that pdftotext and viewers honour.

fpdf2 shapes Arabic with HarfBuzz and maps each glyph to its characters, but a glyph-by-glyph
reading still fails: marks (tanween, shadda, kasra) are drawn at their own offset and get read as
separate words or lines, and poppler's own bidi pass breaks dates such as 2019-01-10 in Arabic
lines. So each rendered line is wrapped in a ``/Span <</ActualText …>> BDC … EMC`` holding the
line's logical text. Poppler then treats the whole span as one run of characters laid out
left to right, and applies its simple bidi reordering to it (per page: the page's dominant
direction decides). ``poppler_order`` returns the string that this reordering turns back into the
logical text: runs that poppler would flip are flipped in advance, and an invisible mark
(RLM/LRM, which pdftotext users strip with the other bidi controls it emits) ends a run where
poppler would otherwise swallow the next space or punctuation into it.
"""

from __future__ import annotations

import unicodedata

RLM, LRM = "\u200f", "\u200e"
# How poppler's UnicodeTypeTable classes characters, measured with pdftotext 22.12: Arabic and
# Hebrew letters are "R"; letters, digits and number separators/terminators (, . - / : % …) and
# also NBSP and the Arabic comma are "L or number"; everything else is neutral.
_LN = frozenset({"L", "EN", "AN", "ES", "ET", "CS"})
_R = frozenset({"R", "AL"})


def _kind(ch: str) -> str:
    bidi = unicodedata.bidirectional(ch)
    if bidi in _R:
        return "R"
    if bidi in _LN:
        return "N"
    return ""


def direction_weight(text: str) -> int:
    """Strong left-to-right minus right-to-left letters, as poppler counts them per page."""
    weight = 0
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi == "L":
            weight += 1
        elif bidi in _R:
            weight -= 1
    return weight


def poppler_order(text: str, page_ltr: bool) -> str:
    """The ActualText for ``text`` on a page whose dominant direction is ``page_ltr``."""
    kinds = [_kind(ch) for ch in text]
    n = len(text)
    out: list[str] = []
    i = 0
    if not page_ltr:
        # Poppler reads the span from the right: neutral/R stretches as they are, and each
        # stretch that starts at an L/number character (up to the next R) reversed.
        while i < n:
            if kinds[i] == "N":
                j, last = i, i
                while j < n and kinds[j] != "R":
                    if kinds[j] == "N":
                        last = j
                    j += 1
                out.append(text[i : last + 1][::-1])
                if last + 1 < n and kinds[last + 1] != "R":
                    out.append(RLM)
                i = last + 1
            else:
                out.append(text[i])
                i += 1
        return "".join(out)[::-1]
    while i < n:
        if kinds[i] == "R":
            j, last = i, i
            while j < n and kinds[j] != "N":
                if kinds[j] == "R":
                    last = j
                j += 1
            out.append(text[i : last + 1][::-1])
            if last + 1 < n and kinds[last + 1] != "N":
                out.append(LRM)
            i = last + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def actual_text_operator(text: str) -> str:
    """The BDC operator opening a span whose ActualText is ``text`` (UTF-16BE with BOM)."""
    encoded = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{encoded}>>> BDC"
