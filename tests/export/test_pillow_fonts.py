"""The pictures Pillow draws (cards, charts, the DOCX timeline) show ( ) / - % inside Arabic text:
Noto Naskh has no glyph for them and Pillow no fallback, so they were drawn as empty boxes."""

from __future__ import annotations

import io

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw

from profileeditor.export import pillow_fonts
from profileeditor.export.card import TextWriter, raqm_available
from profileeditor.resources import resource

MISSING = "()/-%"


@pytest.mark.parametrize("bold", [False, True])
def test_the_arabic_face_covers_what_noto_naskh_lacks(bold):
    bundled = TTFont(str(resource("fonts", f"NotoNaskhArabic-{'Bold' if bold else 'Regular'}.ttf")))
    assert [c for c in MISSING if ord(c) not in bundled.getBestCmap()] == list(MISSING)
    merged = TTFont(io.BytesIO(pillow_fonts.arabic_font_bytes(bold)))
    cmap = merged.getBestCmap()
    assert all(ord(c) in cmap for c in MISSING)
    assert ord("ب") in cmap and cmap[ord("ب")] == bundled.getBestCmap()[ord("ب")]


def _ink(text: str) -> Image.Image:
    image = Image.new("L", (900, 120), 0)
    writer = TextWriter(ImageDraw.Draw(image), "ar", raqm_available())
    writer.draw_at(10, 10, text, 48, 255)
    return image


@pytest.mark.parametrize("char", list(MISSING))
def test_an_arabic_line_draws_the_character_not_a_box(char):
    """The character's ink differs from the missing-glyph box (U+FFFF has no glyph anywhere)."""
    with_char = _ink(f"سجن طرة {char} قضية")
    with_box = _ink("سجن طرة \uffff قضية")
    assert with_char.tobytes() != with_box.tobytes()
    assert with_char.getbbox() is not None
