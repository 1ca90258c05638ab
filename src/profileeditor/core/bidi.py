"""Runs of the other direction inside a line, isolated (Unicode directional isolates, UAX #9).

A dossier line's base direction comes from its section's language (right to left in Arabic,
left to right in English), never from its first letter. Inside it, a Latin name, an address or
a list item in Arabic text (or Arabic in English text) is wrapped in FSI … PDI, so that the
separators and punctuation around it stay in the line's direction: "أسماء أخرى: Ahmed Samir،
A. Santawy" lists its first name on the right, and an English line with an Arabic fallback keeps
its full stop at its end. Isolates are ordinary Unicode: fpdf2's bidi pass, LibreOffice, Word and
browsers lay them out, and extractors that do not want them drop them with the other controls.
No other invisible marks (LRM/RLM/ALM) are written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATES = frozenset((LRI, RLI, FSI, PDI))
CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def directions(text: str) -> set[str]:
    """The strong directions in ``text``: "ar" (right to left letters), "en" (left to right)."""
    found: set[str] = set()
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            found.add("en")
        elif kind in ("R", "AL"):
            found.add("ar")
        if len(found) == 2:
            break
    return found


def _isolated(text: str) -> bool:
    return len(text) > 1 and text[0] in (LRI, RLI, FSI) and text[-1] == PDI


def isolate(text: str, lang: str, *, inside: bool = False) -> str:
    """``text`` as it sits in a line of ``lang``: a run of the other direction only is isolated
    (it keeps its own direction and its trailing punctuation); with ``inside`` (an item between
    separators) a run that mixes both directions is isolated in the line's own direction, so the
    separators around it are not drawn into it."""
    if not text or _isolated(text):
        return text
    found = directions(text)
    other = "en" if lang == "ar" else "ar"
    if found == {other}:
        return FSI + text + PDI
    if inside and found == {"ar", "en"}:
        return (RLI if lang == "ar" else LRI) + text + PDI
    return text


def isolate_value(text: str) -> str:
    """``text`` quoted into a sentence (a cell value, a date or a file name inside an Arabic
    message): always isolated, in the direction of its own first strong letter, so that even a
    value with no letters ("-5", "2019/13/01") keeps its order and does not carry the sentence's
    punctuation with it."""
    return FSI + text + PDI if text else text


def join(parts: Iterable[str], sep: str, lang: str) -> str:
    """The non-empty ``parts`` joined by ``sep``, each isolated as an item of a ``lang`` line."""
    items = [p for p in parts if p]
    if len(items) == 1:
        return isolate(items[0], lang)
    return sep.join(isolate(p, lang, inside=True) for p in items)


def strip(text: str) -> str:
    """``text`` without bidi controls (for comparisons and plain-text outputs)."""
    return "".join(ch for ch in text if ch not in CONTROLS)


# Embeddings, overrides and isolates in what the user typed or pasted: an override (U+202E) turns
# the rest of its line around, so a name could reverse the field drawn after it. Exports drop them
# from user text (core/levels.redact, the vault's campaign line and organisation, the calendar)
# and place their own isolates (``isolate``); the zero-width marks LRM, RLM and ALM stay.
_USER_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def neutralise(text: str) -> str:
    """``text`` without the direction controls that can span other text (see above)."""
    return text.translate(_USER_CONTROLS)
