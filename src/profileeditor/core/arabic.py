"""Arabic-aware normalisation for search and duplicate detection (DESIGN §4).

FTS5's ``remove_diacritics`` does not fold Arabic marks, so every searchable text is indexed as a
normalised shadow and every query is normalised the same way.
"""

from __future__ import annotations

import re

# Tashkeel (harakat, tanween, shadda, sukun), Quranic marks, superscript alef, and tatweel.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

_FOLDS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        # Arabic-Indic and Persian (extended) digits to ASCII.
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)


def normalize(text: str | None) -> str:
    """Fold ``text`` for matching: no marks or tatweel, unified letter forms, ASCII digits, casefolded."""
    if not text:
        return ""
    return _MARKS.sub("", text).translate(_FOLDS).casefold()


def has_arabic(text: str | None) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text or "")
