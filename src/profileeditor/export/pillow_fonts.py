"""Fonts for the pictures Pillow draws (cards, charts, the DOCX timeline).

Noto Naskh Arabic has no ( ) / - % (measured with fontTools), and Pillow, unlike fpdf2, has no
fallback font: an Arabic line such as «سجن طرة (شديد الحراسة)» or «قضية 1559/2022» would show
empty boxes. So the Arabic face Pillow gets is Noto Naskh with those glyphs copied from Noto Sans
(same 1000 units per em; their hinting dropped, as it calls Noto Sans's own programs). It is
built in memory once per weight — nothing is written to disk — and the PDF keeps the bundled
files and fpdf2's fallback.
"""

from __future__ import annotations

import copy
import functools
import io
import unicodedata

from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from profileeditor.resources import resource

ARABIC_FACE = "NotoNaskhArabic"
ARABIC_FAMILY = "Noto Naskh Arabic"  # the family name the face gives Pillow (getname)
LATIN_FACE = "NotoSans"


def _weight(bold: bool) -> str:
    return "Bold" if bold else "Regular"


@functools.lru_cache(maxsize=2)
def arabic_font_bytes(bold: bool = False) -> bytes:
    """Noto Naskh Arabic with the characters it lacks and Noto Sans has, as font file bytes."""
    arabic = TTFont(str(resource("fonts", f"{ARABIC_FACE}-{_weight(bold)}.ttf")))
    latin = TTFont(str(resource("fonts", f"{LATIN_FACE}-{_weight(bold)}.ttf")))
    own, other = arabic.getBestCmap(), latin.getBestCmap()
    wanted = sorted(cp for cp in other if cp not in own and cp < 0x3000)
    order = list(arabic.getGlyphOrder())
    glyf, hmtx = arabic["glyf"], arabic["hmtx"]
    added: dict[int, str] = {}
    latin_glyphs = latin.getGlyphSet()
    for cp in wanted:
        source_name = other[cp]
        glyph = latin["glyf"][source_name]
        if glyph.isComposite():  # composites name Noto Sans's glyphs: keep to simple outlines
            if unicodedata.category(chr(cp))[0] not in "PS":
                continue  # accented letters: over a thousand, and not what Arabic lines hold
            # Punctuation is drawn out as one outline.
            recorded = DecomposingRecordingPen(latin_glyphs)  # ("…" is three full stops)
            latin_glyphs[source_name].draw(recorded)
            pen = TTGlyphPen(None)
            recorded.replay(pen)
            glyph = pen.glyph()
        name = f"pe.u{cp:04X}"
        glyph = copy.deepcopy(glyph)
        if hasattr(glyph, "program"):
            glyph.program.fromBytecode(b"")
        order.append(name)
        glyf.glyphs[name] = glyph
        hmtx.metrics[name] = latin["hmtx"].metrics[source_name]
        added[cp] = name
    glyf.glyphOrder = order
    arabic.setGlyphOrder(order)
    for table in arabic["cmap"].tables:
        if table.isUnicode() and table.format in (4, 12):
            for cp, name in added.items():
                if table.format == 12 or cp <= 0xFFFF:
                    table.cmap[cp] = name
    if "post" in arabic:
        arabic["post"].formatType = 3.0  # no glyph names to keep in step
    out = io.BytesIO()
    arabic.save(out)
    return out.getvalue()
