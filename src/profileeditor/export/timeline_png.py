"""A timeline (export/timeline.py's layout) as a PNG, for documents that take pictures (DOCX).

Drawn with Pillow and the project's shaping (card.TextWriter: raqm where Pillow has it), at
``scale`` times the layout's units so that it prints sharply at full text width. The file holds
nothing but pixels: no text chunks, no EXIF.
"""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw

from profileeditor.export import timeline as timeline_mod
from profileeditor.export.card import TextWriter, raqm_available

WHITE = (255, 255, 255)


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


@functools.cache
def _writer(lang: str) -> TextWriter:
    """Font choice, shaping and direction only (its own drawing surface is never used)."""
    return TextWriter(ImageDraw.Draw(Image.new("RGB", (1, 1))), lang, raqm_available())


def render_png(tl: timeline_mod.Timeline, scale: float = 2.0) -> bytes:
    width, height = round(tl.width * scale), round(tl.height * scale)
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    writer = _writer(tl.lang)  # its fonts loaded once, not for each picture
    rtl = tl.lang == "ar"

    def v(value: float) -> int:
        return round(value * scale)

    def text(x: float, baseline: float, value: str, size: int, fill, anchor: str) -> None:
        """``value`` with its start (``anchor`` "start"), its end ("end") or its middle at x."""
        font = writer.font(value, v(size))
        shown = writer.visual(value)
        kwargs = writer.direction(font)
        box = draw.textbbox((0, 0), shown, font=font, **kwargs)
        w = box[2] - box[0]
        if anchor == "middle":
            left = v(x) - w / 2
        elif (anchor == "start") != rtl:
            left = v(x)
        else:
            left = v(x) - w
        ascent = font.getmetrics()[0]
        draw.text((left - box[0], v(baseline) - ascent), shown, font=font, fill=fill, **kwargs)

    m = timeline_mod.MARGIN
    draw.line((v(m), v(24), v(tl.width - m), v(24)), fill=(213, 208, 200), width=v(1))
    for x, year in tl.years:
        draw.line((v(x), v(18), v(x), v(30)), fill=_rgb("#4a5360"), width=v(1))
        text(x, 14, year, 12, _rgb("#4a5360"), "middle")
    for span in tl.spans:
        lane = timeline_mod.LANES[span.lane]
        a, b = sorted((span.start, span.end))
        tall = 10 if span.lane == "disappearance" else 16
        draw.rectangle(
            (v(a), v(lane), v(a + max(2.0, b - a)), v(lane + tall)), fill=_rgb(span.color)
        )
    for tick in tl.ticks:
        draw.line((v(tick), v(100), v(tick), v(108)), fill=_rgb(timeline_mod.COLORS["session"]))
    for marker in tl.markers:
        base = 126 + marker.row * timeline_mod.ROW
        color = _rgb(marker.color)
        y = 30
        while y < base - 12:  # dashed, as in the SVG
            draw.line((v(marker.x), v(y), v(marker.x), v(min(y + 2, base - 12))), fill=color)
            y += 4
        left, right = marker.box
        at = right - 2 if rtl else left + 2
        text(at, base, marker.text, timeline_mod.LABEL_SIZE, color, "start")
    out = io.BytesIO()
    # Fast deflate: a dossier holds one picture per person and language; nothing but pixels.
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()
