"""Campaign charts as image files: PNG 1080×1080 for social media and SVG for print and the web.

The figures are ``core.statistics`` of profiles already chosen for a level (public: consenting
people only), so a chart never counts what the level leaves out. Arabic charts read right to
left: labels on the right, bars growing leftwards, text shaped by HarfBuzz (Pillow's raqm, as on
the cards — matplotlib lays Arabic out letter by letter, unjoined, so it is not used). Files carry
nothing but the picture: no PNG text chunks, no SVG metadata, names by chart, never by person.
"""

from __future__ import annotations

import functools
import html
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from profileeditor.core import statistics, wording
from profileeditor.core.levels import select_for_level
from profileeditor.core.vocab import label
from profileeditor.export.card import ACCENT, BACKGROUND, TEXT, TextWriter, raqm_available
from profileeditor.export.strings import s

SIZE = 1080
MARGIN = 70
MAX_BARS = 10
MUTED = (185, 196, 208)
_FONT_FAMILY = {"ar": "Noto Naskh Arabic, Noto Sans, sans-serif", "en": "Noto Sans, sans-serif"}


@dataclass(frozen=True)
class Chart:
    """One chart: ``kind`` "bars" (labelled horizontal bars), "columns" (a series over time) or
    "headline" (big figures)."""

    key: str
    kind: str
    title: str
    rows: tuple[tuple[str, str], ...]  # (label, value as printed) for headline; bars below
    values: tuple[tuple[str, int], ...] = ()


def build_charts(
    figures: statistics.Statistics, lang: str, arabic_digits: bool = False
) -> list[Chart]:
    def bars(key: str, pairs: list[tuple[str, int]]) -> Chart:
        pairs = [(text, n) for text, n in pairs if n]
        shown = pairs[:MAX_BARS]
        rest = sum(n for _, n in pairs[MAX_BARS:])
        if rest:
            shown.append((s("chart_others", lang), rest))
        return Chart(key, "bars", s(f"chart_{key}", lang), (), tuple(shown))

    def vocab(list_name: str, counter) -> list[tuple[str, int]]:
        return [
            (label(list_name, code, lang) if code != statistics.UNKNOWN else "—", n)
            for code, n in counter.most_common()
        ]

    def number(value: int) -> str:
        return wording.number(value, lang, arabic_digits)

    years = f"{figures.total_years:,.1f}"
    headline = Chart(
        "headline",
        "headline",
        s("figures", lang),
        (
            (s("figure_people", lang), number(figures.people)),
            (s("figure_held", lang), number(figures.currently_detained)),
            (
                s("figure_years", lang),
                wording.digits(years, lang, arabic_digits),
            ),
            (s("figure_beyond", lang), number(figures.beyond_legal_limit)),
            (s("figure_recycled", lang), number(figures.recycled_cases)),
            (s("figure_renewals", lang), number(figures.renewals)),
        ),
    )
    facilities = [
        ((ar if lang == "ar" else en) or ar or en, n)
        for (ar, en), n in figures.by_facility.most_common()
    ]
    months = sorted(figures.renewals_by_month.items())[-24:]
    charts = [
        headline,
        bars("status", vocab("status", figures.by_status)),
        bars("profession", vocab("profession", figures.by_profession)),
        bars("prosecution", vocab("prosecution", figures.by_prosecution)),
        bars("facility", facilities),
        bars(
            "duration",
            [
                (statistics.DURATION_BAND_LABELS[lang][i], figures.by_duration[i])
                for i in range(len(statistics.DURATION_BAND_LABELS[lang]))
            ],
        ),
        Chart("renewals", "columns", s("chart_renewals", lang), (), tuple(months)),
    ]
    return [c for c in charts if c.kind == "headline" or any(n for _, n in c.values)]


# -- PNG ---------------------------------------------------------------------------------------


class _Canvas:
    def __init__(self, lang: str, use_raqm: bool) -> None:
        self.lang = lang
        self.image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
        self.draw = ImageDraw.Draw(self.image)
        self.writer = TextWriter(self.draw, lang, use_raqm)

    def text(self, x: int, y: int, text: str, size: int, fill, bold=False, end=False, width=0):
        """Text from ``x`` (its start in reading order, or its end with ``end``), shrunk to
        ``width`` when given; returns the box drawn."""
        while True:
            font = self.writer.font(text, size, bold)
            shown = self.writer.visual(text)
            kwargs = self.writer.direction(font)
            box = self.draw.textbbox((0, 0), shown, font=font, **kwargs)
            if not width or box[2] - box[0] <= width or size <= 22:
                break
            size -= 2
        w = box[2] - box[0]
        rtl = self.lang == "ar"
        left = (x - w if rtl != end else x) - box[0]
        self.draw.text((left, y - box[1]), shown, font=font, fill=fill, **kwargs)
        return (left + box[0], y, left + box[0] + w, y + box[3] - box[1])

    def start_x(self) -> int:
        return SIZE - MARGIN if self.lang == "ar" else MARGIN


def render_png(chart: Chart, lang: str, as_of: str, campaign_line: str = "") -> bytes:
    out = io.BytesIO()
    draw_chart(chart, lang, as_of, campaign_line).save(out, format="PNG", optimize=True)
    return out.getvalue()  # nothing but pixels


def draw_chart(chart: Chart, lang: str, as_of: str, campaign_line: str = "") -> Image.Image:
    """The chart's picture (the PNG file's, and the GUI's Statistics view's)."""
    canvas = _Canvas(lang, raqm_available())
    draw = canvas.draw
    draw.rectangle((0, 0, SIZE, 14), fill=ACCENT)
    canvas.text(canvas.start_x(), 60, chart.title, 58, TEXT, bold=True, width=SIZE - 2 * MARGIN)
    canvas.text(canvas.start_x(), 145, as_of, 30, MUTED)
    top, bottom = 220, SIZE - (150 if campaign_line else 80)
    if chart.kind == "headline":
        _png_headline(canvas, chart, top, bottom)
    elif chart.kind == "bars":
        _png_bars(canvas, chart, top, bottom)
    else:
        _png_columns(canvas, chart, top, bottom)
    if campaign_line:
        draw.rectangle((0, SIZE - 110, SIZE, SIZE), fill=ACCENT)
        canvas.writer.centred(SIZE - 88, campaign_line, 40, BACKGROUND, bold=True)
    return canvas.image


def _png_headline(canvas: _Canvas, chart: Chart, top: int, bottom: int) -> None:
    rows = chart.rows
    step = (bottom - top) // max(1, len(rows))
    for i, (text, value) in enumerate(rows):
        y = top + i * step
        box = canvas.text(canvas.start_x(), y, value, 84, ACCENT, bold=True)
        gap = 28
        x = box[0] - gap if canvas.lang == "ar" else box[2] + gap
        canvas.text(x, y + 30, text, 34, TEXT, width=SIZE - 2 * MARGIN - (box[2] - box[0]) - gap)


def _png_bars(canvas: _Canvas, chart: Chart, top: int, bottom: int) -> None:
    rows = chart.values
    top_value = max(n for _, n in rows) or 1
    step = min(100, (bottom - top) // max(1, len(rows)))
    label_width, value_width = 470, 100
    bar_room = SIZE - 2 * MARGIN - label_width - value_width - 40
    rtl = canvas.lang == "ar"
    for i, (text, n) in enumerate(rows):
        y = top + i * step
        canvas.text(canvas.start_x(), y + 8, text, 32, TEXT, width=label_width)
        length = max(4, round(n / top_value * bar_room))
        if rtl:
            right = SIZE - MARGIN - label_width - 20
            canvas.draw.rectangle((right - length, y + 6, right, y + step - 26), fill=ACCENT)
            canvas.text(right - length - 16, y + 8, wording.number(n, "ar"), 34, TEXT, bold=True)
        else:
            left = MARGIN + label_width + 20
            canvas.draw.rectangle((left, y + 6, left + length, y + step - 26), fill=ACCENT)
            canvas.text(left + length + 16, y + 8, wording.number(n, "en"), 34, TEXT, bold=True)


def _png_columns(canvas: _Canvas, chart: Chart, top: int, bottom: int) -> None:
    rows = chart.values
    top_value = max(n for _, n in rows) or 1
    axis = bottom - 60
    width = (SIZE - 2 * MARGIN) / max(1, len(rows))
    rtl = canvas.lang == "ar"
    for i, (month, n) in enumerate(rows):
        # Time runs the way the text reads: right to left in Arabic.
        x0 = SIZE - MARGIN - (i + 1) * width if rtl else MARGIN + i * width
        height = round(n / top_value * (axis - top - 50))
        canvas.draw.rectangle((x0 + 4, axis - height, x0 + width - 4, axis), fill=ACCENT)
        if month.endswith("-01") or i == 0:
            year = wording.digits(month[:4], canvas.lang)
            canvas.text(round(x0 + (width if rtl else 0)), axis + 14, year, 28, MUTED)
    canvas.draw.line((MARGIN, axis, SIZE - MARGIN, axis), fill=MUTED, width=2)
    peak = wording.number(top_value, canvas.lang)
    canvas.text(canvas.start_x(), top, peak, 28, MUTED)


# -- SVG ---------------------------------------------------------------------------------------


def text_width(text: str, size: int, lang: str, bold: bool = False) -> int:
    """How wide ``text`` is in our fonts (the SVG names them; a viewer that has them draws it
    this wide, one that falls back draws it about as wide)."""
    box = _measurer(lang).writer.measure(text, size, bold)
    return box[2] - box[0]


def _fit(text: str, size: int, width: int, lang: str, bold: bool = False) -> int:
    while size > 22 and text_width(text, size, lang, bold) > width:
        size -= 2
    return size


@functools.cache
def _measurer(lang: str) -> _Canvas:
    return _Canvas(lang, raqm_available())


def render_svg(chart: Chart, lang: str, as_of: str, campaign_line: str = "") -> str:
    """The same chart as SVG: text stays text (shaped by whatever shows it, selectable)."""
    rtl = lang == "ar"
    start = SIZE - MARGIN if rtl else MARGIN
    anchor = "start"  # the start of the line: the right edge under direction="rtl"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}" role="img" xml:lang="{lang}" '
        f'font-family="{_FONT_FAMILY[lang]}" direction="{"rtl" if rtl else "ltr"}">',
        f"<title>{_e(chart.title)}</title>",
        f'<rect width="{SIZE}" height="{SIZE}" fill="{_rgb(BACKGROUND)}"/>',
        f'<rect width="{SIZE}" height="14" fill="{_rgb(ACCENT)}"/>',
        _svg_text(
            start,
            110,
            chart.title,
            _fit(chart.title, 56, SIZE - 2 * MARGIN, lang, True),
            TEXT,
            anchor,
            bold=True,
        ),
        _svg_text(start, 170, as_of, 30, MUTED, anchor),
    ]
    top, bottom = 230, SIZE - (150 if campaign_line else 80)
    if chart.kind == "headline":
        step = (bottom - top) // max(1, len(chart.rows))
        for i, (text, value) in enumerate(chart.rows):
            y = top + i * step + 70
            parts.append(_svg_text(start, y, value, 84, ACCENT, anchor, bold=True))
            shift = text_width(value, 84, lang, True) + 40  # room for a fallback font
            x = start - shift if rtl else start + shift
            room = SIZE - 2 * MARGIN - shift
            parts.append(_svg_text(x, y - 10, text, _fit(text, 34, room, lang), TEXT, anchor))
    elif chart.kind == "bars":
        top_value = max(n for _, n in chart.values) or 1
        step = min(100, (bottom - top) // max(1, len(chart.values)))
        label_width, bar_room = 470, SIZE - 2 * MARGIN - 470 - 140
        for i, (text, n) in enumerate(chart.values):
            y = top + i * step
            length = max(4, round(n / top_value * bar_room))
            parts.append(
                _svg_text(start, y + 40, text, _fit(text, 30, label_width - 10, lang), TEXT, anchor)
            )
            if rtl:
                right = SIZE - MARGIN - label_width - 20
                bar_x, value_x = right - length, right - length - 16
            else:
                bar_x, value_x = MARGIN + label_width + 20, MARGIN + label_width + 36 + length
            parts.append(
                f'<rect x="{bar_x}" y="{y + 6}" width="{length}" height="{step - 32}" '
                f'fill="{_rgb(ACCENT)}"/>'
            )
            parts.append(
                _svg_text(value_x, y + 40, wording.number(n, lang), 32, TEXT, anchor, bold=True)
            )
    else:
        top_value = max(n for _, n in chart.values) or 1
        axis = bottom - 60
        width = (SIZE - 2 * MARGIN) / max(1, len(chart.values))
        for i, (month, n) in enumerate(chart.values):
            x0 = SIZE - MARGIN - (i + 1) * width if rtl else MARGIN + i * width
            height = round(n / top_value * (axis - top - 50))
            parts.append(
                f'<rect x="{x0 + 4:.1f}" y="{axis - height}" width="{width - 8:.1f}" '
                f'height="{height}" fill="{_rgb(ACCENT)}"><title>{_e(month)}: {n}</title></rect>'
            )
            if month.endswith("-01") or i == 0:
                tick_x = x0 + (width if rtl else 0)
                parts.append(
                    _svg_text(
                        round(tick_x), axis + 40, wording.digits(month[:4], lang), 26, MUTED, anchor
                    )
                )
        parts.append(
            f'<line x1="{MARGIN}" y1="{axis}" x2="{SIZE - MARGIN}" y2="{axis}" '
            f'stroke="{_rgb(MUTED)}" stroke-width="2"/>'
        )
    if campaign_line:
        parts.append(f'<rect y="{SIZE - 110}" width="{SIZE}" height="110" fill="{_rgb(ACCENT)}"/>')
        parts.append(
            _svg_text(SIZE // 2, SIZE - 42, campaign_line, 40, BACKGROUND, "middle", bold=True)
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _rgb(color: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*color)


def _svg_text(x, y, text: str, size: int, fill, anchor: str, bold: bool = False) -> str:
    weight = ' font-weight="700"' if bold else ""
    return (
        f'<text x="{x}" y="{y}" font-size="{size}" fill="{_rgb(fill)}" '
        f'text-anchor="{anchor}"{weight}>{_e(text)}</text>'
    )


# -- files -------------------------------------------------------------------------------------


def write_charts(
    profiles: list[dict],
    out: Path,
    *,
    langs: tuple[str, ...],
    level: str,
    include_unconsented: bool,
    today: date,
    legal_limit_days: int,
    campaign_line: dict,
    atomic,
) -> list[Path]:
    """One PNG and one SVG per chart and language into folder ``out``."""
    chosen = select_for_level(profiles, level, include_unconsented)
    figures = statistics.compute(chosen, today, legal_limit_days)
    return write_chart_files(
        figures, out, langs=langs, today=today, campaign_line=campaign_line, atomic=atomic
    )


def write_chart_files(
    figures: statistics.Statistics,
    out: Path,
    *,
    langs: tuple[str, ...],
    today: date,
    campaign_line: dict,
    atomic,
) -> list[Path]:
    """The chart files of figures already counted (a vault's selection is counted a chunk at a
    time by ``statistics.from_repository``)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in langs:
        as_of = wording.as_of(today, lang)
        for number, chart in enumerate(build_charts(figures, lang), start=1):
            stem = f"chart-{number:02d}-{chart.key}-{lang}"
            line = campaign_line.get(lang) or ""
            for suffix, data in (
                (".png", render_png(chart, lang, as_of, line)),
                (".svg", render_svg(chart, lang, as_of, line).encode("utf-8")),
            ):
                target = out / (stem + suffix)
                with atomic(target) as tmp:
                    tmp.write_bytes(data)
                written.append(target)
    return written
