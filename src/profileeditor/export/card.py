"""Social-media cards (Pillow): one PNG per profile, in three sizes and two templates.

Sizes: 1080×1350 portrait (Instagram, Facebook), 1080×1080 square, 1200×675 (the X/Twitter and
OpenGraph link preview). Templates: "photo" (the photo leads, on a dark ground) and "figure"
(the count leads, on a light ground, the photo small). Variants: "days" (N days in detention),
"years" (N years, with the time in years, months and days and the arrest date under it) and
"milestone" (an agenda milestone's figure and line, from export/milestone_card.py).

``lang`` "ar+en" draws both languages: each line in Arabic with its English under it, one
shared figure, the campaign line in both. Every card is first laid out (``layout_card``): each
text's ink box is measured with the font it is drawn in and shrunk until the whole stack fits
its region, so nothing is drawn outside the card, over the photo or over another line; the
layout is returned for tests and drawn as it is.

Arabic goes through Pillow's raqm layout when Pillow has it (shaping and bidi by HarfBuzz and
FriBiDi); otherwise arabic-reshaper + python-bidi turn the text into visual-order presentation
forms for Pillow's basic layout. The reshaped form lives only in these pixels, never in text.
The PNG is saved without any text chunks or EXIF.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps, features

from profileeditor.core import facts as facts_mod
from profileeditor.core import wording
from profileeditor.core.arabic import has_arabic
from profileeditor.export import pillow_fonts, strings
from profileeditor.export.content import headline, photo_bytes
from profileeditor.export.dispatch import CARD_SIZES, CARD_TEMPLATES, CARD_VARIANTS
from profileeditor.resources import resource

SIZES: dict[str, tuple[int, int]] = dict(
    zip(CARD_SIZES, ((1080, 1350), (1080, 1080), (1200, 675)), strict=True)
)
TEMPLATES = CARD_TEMPLATES
VARIANTS = CARD_VARIANTS  # "milestone" comes from an agenda item, not a choice
WIDTH, HEIGHT = SIZES["portrait"]
BACKGROUND = (18, 32, 47)
ACCENT = (236, 179, 64)
TEXT = (245, 245, 245)
MUTED = (200, 210, 220)


@dataclass(frozen=True)
class Palette:
    ground: tuple[int, int, int]
    accent: tuple[int, int, int]
    text: tuple[int, int, int]
    muted: tuple[int, int, int]
    band_text: tuple[int, int, int]


PALETTES = {
    "photo": Palette(BACKGROUND, ACCENT, TEXT, MUTED, BACKGROUND),
    "figure": Palette((246, 242, 234), (176, 38, 38), BACKGROUND, (74, 88, 104), (246, 242, 234)),
}


def raqm_available() -> bool:
    return bool(features.check("raqm"))


class TextWriter:
    """Shaped text on a Pillow image (cards, charts): raqm where Pillow has it, else reshaped
    visual-order forms."""

    def __init__(
        self, draw: ImageDraw.ImageDraw, lang: str, use_raqm: bool, width: int = WIDTH
    ) -> None:
        self.draw = draw
        self.lang = lang
        self.use_raqm = use_raqm
        self.width = width
        self._fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

    def font(self, text: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        arabic = has_arabic(text)
        key = (f"{'ar' if arabic else 'latin'}-{'bold' if bold else 'regular'}", size)
        if key not in self._fonts:
            engine = ImageFont.Layout.RAQM if self.use_raqm else ImageFont.Layout.BASIC
            # Arabic: Noto Naskh with the punctuation it lacks (export/pillow_fonts.py).
            source = (
                io.BytesIO(pillow_fonts.arabic_font_bytes(bold))
                if arabic
                else str(
                    resource(
                        "fonts", f"{pillow_fonts.LATIN_FACE}-{'Bold' if bold else 'Regular'}.ttf"
                    )
                )
            )
            self._fonts[key] = ImageFont.truetype(source, size, layout_engine=engine)
        return self._fonts[key]

    def visual(self, text: str) -> str:
        if self.use_raqm or not has_arabic(text):
            return text
        import arabic_reshaper
        from bidi import get_display

        return get_display(arabic_reshaper.reshape(text))

    def direction(self, font: ImageFont.FreeTypeFont) -> dict:
        """Layout arguments for text in ``font``: right to left for Arabic under raqm."""
        arabic_font = font.getname()[0] == pillow_fonts.ARABIC_FAMILY
        return {"direction": "rtl"} if self.use_raqm and arabic_font else {}

    def measure(self, text: str, size: int, bold: bool = False) -> tuple[int, int, int, int]:
        """The ink box of ``text`` drawn at the origin."""
        font = self.font(text, size, bold)
        box = self.draw.textbbox((0, 0), self.visual(text), font=font, **self.direction(font))
        return int(box[0]), int(box[1]), int(box[2]), int(box[3])

    def draw_at(self, x: int, y: int, text: str, size: int, fill, bold: bool = False) -> None:
        """Draw ``text`` so that its ink box starts at (``x``, ``y``)."""
        font = self.font(text, size, bold)
        left, top, _, _ = self.measure(text, size, bold)
        self.draw.text(
            (x - left, y - top), self.visual(text), font=font, fill=fill, **self.direction(font)
        )

    def centred(
        self, y: int, text: str, size: int, fill, bold: bool = False, max_width: int = 960
    ) -> int:
        """Draw ``text`` centred, shrinking it to fit; return the next free y."""
        while True:
            box = self.measure(text, size, bold)
            if box[2] - box[0] <= max_width or size <= 18:
                break
            size -= 4
        self.draw_at((self.width - (box[2] - box[0])) // 2, y, text, size, fill, bold)
        return y + (box[3] - box[1]) + int(size * 0.6)


# -- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextBox:
    """One line as drawn: its role ("name", "figure", "caption", "line"…), language, logical
    text (never the reshaped form), ink box on the card and whether it runs right to left."""

    role: str
    lang: str
    text: str
    box: tuple[int, int, int, int]
    size: int
    rtl: bool


@dataclass
class CardLayout:
    size: tuple[int, int]
    template: str
    variant: str
    langs: tuple[str, ...]
    photo: tuple[int, int, int, int] | None = None
    band: tuple[int, int, int, int] | None = None
    region: tuple[int, int, int, int] = (0, 0, 0, 0)  # where the stack of lines may go
    texts: list[TextBox] = field(default_factory=list)

    def of(self, role: str, lang: str | None = None) -> list[TextBox]:
        return [t for t in self.texts if t.role == role and (lang is None or t.lang == lang)]


# The stack of lines of each template, top to bottom: (role, type size on a portrait card — the
# figure's is its own —, bold, palette colour, space after as a share of the size, kept when
# room is short). The "figure" template leads with the count; a card without one (no arrest
# date) stacks as the "photo" template does.
_FIGURE_STACK = (
    ("figure", 0, True, "accent", 0.18, True),
    ("caption", 46, True, "text", 0.5, True),
    ("detail", 30, False, "muted", 0.5, False),
    ("name", 58, True, "text", 0.3, True),
    ("profession", 36, False, "muted", 0.4, False),
    ("status", 34, False, "muted", 0.2, False),
)
_PHOTO_STACK = (
    ("name", 64, True, "text", 0.3, True),
    ("profession", 40, False, "muted", 0.45, False),
    ("figure", 0, True, "accent", 0.15, True),
    ("caption", 42, False, "text", 0.45, True),
    ("detail", 30, False, "muted", 0.45, False),
    ("status", 38, False, "muted", 0.2, False),
)


@dataclass
class _Line:
    role: str
    lang: str
    text: str
    size: int
    bold: bool
    fill: tuple[int, int, int]
    gap: float  # space after the line, as a share of its size
    keep: bool = True  # dropped last when nothing else makes the stack fit


def _figure_lines(
    profile: dict,
    langs: tuple[str, ...],
    variant: str,
    today: date,
    legal_limit_days: int,
    milestone: dict | None,
    arabic_digits: bool = False,
) -> tuple[str, list[tuple[str, str]], list[tuple[str, str]]]:
    """The large figure, its caption per language and the line under it per language."""
    first = langs[0]
    if variant == "milestone" and milestone:
        figure = milestone[first][0]
        return figure, [(lg, milestone[lg][1]) for lg in langs], []
    f = facts_mod.compute(profile, today, legal_limit_days)
    if f.current_days is None:
        return "", [], []
    if variant == "years" and f.episode_start:
        start = date.fromisoformat(f.episode_start)
        end = date.fromisoformat(f.episode_end) if f.episode_end else today
        years, months, _ = wording.calendar_breakdown(start, end)
        n, noun = (years, "year") if years else (years * 12 + months, "month")
        if n:
            details = [
                (
                    lg,
                    wording.duration_text(start, end, lg, arabic_digits, approximate=f.approximate)
                    + (" · " if lg == "en" else "، ")
                    + wording.span_text(start.isoformat(), None, lg, arabic_digits),  # "since …"
                )
                for lg in langs
            ]
            captions = [
                (lg, f"{wording.counted_noun(n, noun, lg)} {strings.s('in_detention', lg)}")
                for lg in langs
            ]
            return wording.number(n, first, arabic_digits), captions, details
    n = f.current_days
    captions = [
        (lg, f"{wording.counted_noun(n, 'day', lg)} {strings.s('in_detention', lg)}")
        for lg in langs
    ]
    return wording.number(n, first, arabic_digits), captions, []


# More characters than any card line can show at the smallest size (1,200 px at 14 px, where no
# visible letter is narrower than 3 px): a longer name or campaign line is cut here, at a word,
# before it is measured, so a hostile one (a megabyte) costs no more than one that fills the line.
MAX_LINE_CHARS = 1000


def _bounded(text: str) -> str:
    if len(text) <= MAX_LINE_CHARS:
        return text
    cut = text[: MAX_LINE_CHARS + 1]
    return cut[: cut.rfind(" ")] if " " in cut[1:] else cut[:MAX_LINE_CHARS]


def _truncate(writer: TextWriter, text: str, size: int, bold: bool, width: int) -> str:
    """``text`` shortened to ``width`` with an ellipsis: whole words dropped from its end (a name
    cut mid-word reads as another name, and a cut Arabic word changes its letters' forms); a
    single word too wide for the line is cut letter by letter."""
    words = text.split()
    while len(words) > 1:
        words.pop()
        shortened = " ".join(words).rstrip(",،-") + "…"
        box = writer.measure(shortened, size, bold)
        if box[2] - box[0] <= width:
            return shortened
    text = words[0] if words else text
    while len(text) > 1:
        box = writer.measure(text, size, bold)
        if box[2] - box[0] <= width:
            break
        text = text[:-2].rstrip() + "…"
    return text


def layout_card(
    profile: dict,
    *,
    lang: str,
    today: date | None,
    legal_limit_days: int,
    campaign_line: dict,
    use_raqm: bool | None = None,
    milestone: tuple[str, str] | dict | None = None,
    size: str = "portrait",
    template: str = "photo",
    variant: str = "days",
    arabic_digits: bool = False,
) -> tuple[Image.Image, CardLayout]:
    """Lay out and draw the card of one (already redacted) profile; return the image and where
    everything went. ``milestone`` (figure, line), or {lang: (figure, line)}, from the agenda,
    stands in for the days in detention: ("1,000", "days in detention"). ``arabic_digits``
    (the vault's dossier setting) prints Arabic figures in Arabic-Indic digits."""
    if size not in SIZES:
        raise ValueError(f"unknown card size {size!r} (one of {', '.join(SIZES)})")
    if template not in TEMPLATES:
        raise ValueError(f"unknown card template {template!r} (one of {', '.join(TEMPLATES)})")
    langs = ("ar", "en") if lang == "ar+en" else (lang,)
    if milestone is not None:
        variant = "milestone"
        if isinstance(milestone, tuple):
            milestone = {lg: milestone for lg in langs}
    elif variant not in VARIANTS:
        raise ValueError(f"unknown card variant {variant!r} (one of {', '.join(VARIANTS)})")
    use_raqm = raqm_available() if use_raqm is None else use_raqm
    today = today or date.today()
    width, height = SIZES[size]
    colours = PALETTES[template]
    # The card prints the name, profession and status and the photo: read from the profile, not
    # from a whole dossier view (which words every field and lays out a timeline).
    who = {lg: headline(profile, lg) for lg in langs}
    img = Image.new("RGB", (width, height), colours.ground)
    draw = ImageDraw.Draw(img)
    writer = TextWriter(draw, langs[0], use_raqm, width)
    layout = CardLayout((width, height), template, variant, langs)
    wide = size == "link"
    both = len(langs) == 2
    rtl_card = langs[0] == "ar"
    unit = (
        height / 1350 if not wide else 0.85
    )  # type sizes follow the card's height (shrunk to fit)

    # -- the campaign band ----------------------------------------------------------------------
    band_lines = [(lg, campaign_line.get(lg) or "") for lg in langs]
    band_lines = [(lg, text) for lg, text in band_lines if text]
    top_bar = max(8, round(14 * unit))
    draw.rectangle((0, 0, width, top_bar), fill=colours.accent)
    bottom = height
    if band_lines:
        if wide:  # a wide card's height is precious: the band takes a fifth of it at most
            band_height = 110 if not both else 140
        else:
            band_height = round((150 if not both else 200) * unit)
        layout.band = (0, height - band_height, width, height)
        draw.rectangle(layout.band, fill=colours.accent)
        bottom = height - band_height

    # -- the photo ------------------------------------------------------------------------------
    photo = photo_bytes(profile)
    margin = round(60 * unit) if not wide else 40
    region_top, region_bottom = top_bar + margin, bottom - margin
    region_left, region_right = margin, width - margin
    if photo:
        if wide:
            side = (region_bottom - region_top) if template == "photo" else 300
            side = min(side, 460)
            x = width - margin - side if rtl_card else margin
            y = region_top + (region_bottom - region_top - side) // 2
        else:
            side = round((460 if template == "photo" else 260) * unit)
            if size == "square":
                side = round(side * (0.72 if template == "photo" else 0.85))
            x, y = (width - side) // 2, region_top
        try:
            with Image.open(io.BytesIO(photo)) as opened:
                square = ImageOps.fit(opened.convert("RGB"), (side, side))
        except (OSError, ValueError):
            square = None
        if square is not None:
            img.paste(square, (x, y))
            border = max(3, round(4 * unit))
            draw.rectangle(
                (x - border, y - border, x + side + border - 1, y + side + border - 1),
                outline=colours.accent,
                width=border,
            )
            layout.photo = (x - border, y - border, x + side + border, y + side + border)
            gap = round(40 * unit) if not wide else 40
            if wide:
                if rtl_card:
                    region_right = layout.photo[0] - gap
                else:
                    region_left = layout.photo[2] + gap
            else:
                region_top = layout.photo[3] + gap
    layout.region = (region_left, region_top, region_right, region_bottom)

    # -- the lines ------------------------------------------------------------------------------
    figure, captions, details = _figure_lines(
        profile,
        langs,
        variant,
        today,
        legal_limit_days,
        milestone if isinstance(milestone, dict) else None,
        arabic_digits,
    )
    figure_size = 150 if template == "photo" else 230
    if not photo and template == "photo":
        figure_size = 190
    second = 0.72  # the English line under its Arabic one is smaller
    lines: list[_Line] = []

    def per_lang(role, texts, base, bold, fill, gap, keep=True):
        texts = [(lg, t) for lg, t in texts if t]
        for i, (lg, text) in enumerate(texts):
            last = i == len(texts) - 1
            lines.append(
                _Line(
                    role,
                    lg,
                    text,
                    round(base * (second if i else 1) * unit),
                    bold,
                    fill,
                    (gap / second if i else gap) if last else 0.22,
                    keep,
                )
            )

    texts = {
        "caption": captions,
        "detail": details,
        "name": [(lg, who[lg].name) for lg in langs],
        "profession": [(lg, who[lg].profession) for lg in langs],
        "status": [(lg, who[lg].status) for lg in langs],
    }
    stack = _FIGURE_STACK if template == "figure" and figure else _PHOTO_STACK
    for role, base, bold, colour, space, keep in stack:
        fill = getattr(colours, colour)
        if role != "figure":
            per_lang(role, texts[role], base, bold, fill, space, keep)
        elif figure:
            lines.append(
                _Line("figure", langs[0], figure, round(figure_size * unit), bold, fill, space)
            )

    room_w = region_right - region_left
    room_h = region_bottom - region_top
    align = "centre" if not wide or both else ("right" if rtl_card else "left")
    # Room to spare (a short record on a tall card) lets the stack grow by up to a third.
    placed = _fit(writer, lines, room_w, room_h, start=1.3)
    total = sum(h + g for _, _, h, g, _ in placed) - (placed[-1][3] if placed else 0)
    y = region_top + max(0, (room_h - total) // 2)
    for line, text, h, g, (w, s) in placed:
        rtl = line.lang == "ar"
        if align == "centre":
            x = region_left + (room_w - w) // 2
        elif align == "right":
            x = region_right - w
        else:
            x = region_left
        writer.draw_at(x, y, text, s, line.fill, line.bold)
        layout.texts.append(TextBox(line.role, line.lang, text, (x, y, x + w, y + h), s, rtl))
        y += h + g

    # -- the campaign line, in the band ---------------------------------------------------------
    if layout.band:
        band_size = unit if not wide else 0.75
        band_lines_fit = [
            _Line(
                "line",
                lg,
                text,
                round((44 if i == 0 else 34) * band_size),
                True,
                colours.band_text,
                0.3,
            )
            for i, (lg, text) in enumerate(band_lines)
        ]
        b_left, b_top, b_right, b_bottom = layout.band
        pad = round(20 * unit) if not wide else 14
        placed = _fit(
            writer, band_lines_fit, b_right - b_left - 2 * margin, b_bottom - b_top - 2 * pad
        )
        total = sum(h + g for _, _, h, g, _ in placed) - (placed[-1][3] if placed else 0)
        y = b_top + (b_bottom - b_top - total) // 2
        for line, text, h, g, (w, s) in placed:
            x = (width - w) // 2
            writer.draw_at(x, y, text, s, line.fill, line.bold)
            layout.texts.append(
                TextBox("line", line.lang, text, (x, y, x + w, y + h), s, line.lang == "ar")
            )
            y += h + g
    return img, layout


def _fit(writer: TextWriter, lines: list[_Line], width: int, height: int, start: float = 1.0):
    """Sizes that make every line fit ``width`` and the stack fit ``height``: the whole stack
    shrinks a step at a time, then lines that may go (profession, status…) go, then the rest
    shrinks to the smallest size. Returns (line, text, ink height, gap after, (ink width, size))."""
    lines = list(lines)
    scale = start
    while True:
        placed = []
        for line in lines:
            size = max(14, round(line.size * scale))
            text = _bounded(line.text)
            box = writer.measure(text, size, line.bold)
            while box[2] - box[0] > width and size > 14:
                size = max(14, int(size * 0.92))
                box = writer.measure(text, size, line.bold)
            if box[2] - box[0] > width:
                text = _truncate(writer, text, size, line.bold, width)
                box = writer.measure(text, size, line.bold)
            h = box[3] - box[1]
            placed.append((line, text, h, round(size * line.gap), (box[2] - box[0], size)))
        total = sum(h + g for _, _, h, g, _ in placed) - (placed[-1][3] if placed else 0)
        if total <= height or not placed:
            return placed
        if scale > 0.55:
            scale *= 0.92
            continue
        optional = [i for i, line in enumerate(lines) if not line.keep]
        if optional:
            lines.pop(optional[-1])
            continue
        if scale > 0.2:
            scale *= 0.9
            continue
        return placed[: max(1, len(placed) - 1)]


def render_card(
    profile: dict,
    *,
    lang: str,
    today: date | None,
    legal_limit_days: int,
    campaign_line: dict,
    use_raqm: bool | None = None,
    image_format: str = "PNG",
    milestone: tuple[str, str] | dict | None = None,
    size: str = "portrait",
    template: str = "photo",
    variant: str = "days",
    arabic_digits: bool = False,
) -> bytes:
    """PNG (or JPEG, for web previews: a tenth of the time to encode) bytes of the card for one
    (already redacted) profile; see ``layout_card`` for the choices."""
    img, _ = layout_card(
        profile,
        lang=lang,
        today=today,
        legal_limit_days=legal_limit_days,
        campaign_line=campaign_line,
        use_raqm=use_raqm,
        milestone=milestone,
        size=size,
        template=template,
        variant=variant,
        arabic_digits=arabic_digits,
    )
    out = io.BytesIO()
    if image_format == "JPEG":
        img.save(out, format="JPEG", quality=85)  # no exif, no comment: nothing but pixels
    else:
        img.save(out, format="PNG", optimize=True)  # no pnginfo, no exif: nothing but pixels
    return out.getvalue()


def file_name(index: int, size: str, lang: str, profile: dict | None = None) -> str:
    """``card-001-portrait-ar.png``: numbered, so that a folder listing (a USB stick, a synced
    folder, a recent-files list) names no one and carries no id; with ``profile`` (asked for
    with readable names) the name's ASCII form follows the number."""
    stem = f"card-{index:03d}-{size}-{lang.replace('+', '-')}"
    if profile is not None:
        from profileeditor.export.site import _slug

        readable = _slug(profile, index, True)
        if readable != f"{index:04d}":
            stem += "-" + readable.rsplit("-", 1)[0]
    return stem + ".png"


def write_cards(
    profiles: list[dict],
    out: Path,
    *,
    lang: str,
    today: date | None,
    legal_limit_days: int,
    campaign_line: dict,
    atomic,
    step: Callable[[int], None],
    use_raqm: bool | None = None,
    size: str = "portrait",
    template: str = "photo",
    variant: str = "days",
    readable_names: bool = False,
    arabic_digits: bool = False,
) -> list[Path]:
    """One PNG per profile; a single profile goes to ``out`` itself, several into folder ``out``."""
    if len(profiles) == 1 and out.suffix.lower() == ".png":
        targets = [out]
    else:
        out.mkdir(parents=True, exist_ok=True)
        targets = [
            out / file_name(i, size, lang, profile if readable_names else None)
            for i, profile in enumerate(profiles, start=1)
        ]
    written = []
    for i, (profile, target) in enumerate(zip(profiles, targets, strict=True)):
        data = render_card(
            profile,
            lang=lang,
            today=today,
            legal_limit_days=legal_limit_days,
            campaign_line=campaign_line,
            use_raqm=use_raqm,
            size=size,
            template=template,
            variant=variant,
            arabic_digits=arabic_digits,
        )
        with atomic(target) as tmp:
            tmp.write_bytes(data)
        written.append(target)
        step(i + 1)
    return written
