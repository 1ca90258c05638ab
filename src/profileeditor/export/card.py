"""Social-media card (Pillow): a 1080×1350 PNG per profile.

Photo, name, profession, days in detention as a large figure, status and the campaign line.
Arabic goes through Pillow's raqm layout when Pillow has it (shaping and bidi by HarfBuzz and
FriBiDi); otherwise arabic-reshaper + python-bidi turn the text into visual-order presentation
forms for Pillow's basic layout. The reshaped form lives only in these pixels, never in text.
The PNG is saved without any text chunks or EXIF.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from profileeditor.export.content import build_view
from profileeditor.resources import resource

WIDTH, HEIGHT = 1080, 1350
BACKGROUND = (18, 32, 47)
ACCENT = (236, 179, 64)
TEXT = (245, 245, 245)
_LABELS = {
    "days": {"ar": "يومًا في الاحتجاز", "en": "days in detention"},
}


def raqm_available() -> bool:
    return bool(features.check("raqm"))


class TextWriter:
    """Shaped text on a Pillow image (cards, charts): raqm where Pillow has it, else reshaped
    visual-order forms."""

    def __init__(self, draw: ImageDraw.ImageDraw, lang: str, use_raqm: bool) -> None:
        self.draw = draw
        self.lang = lang
        self.use_raqm = use_raqm
        self._fonts: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}

    def font(self, text: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in text)
        family = "NotoNaskhArabic" if arabic else "NotoSans"
        name = f"{family}-{'Bold' if bold else 'Regular'}.ttf"
        key = (name, size)
        if key not in self._fonts:
            engine = ImageFont.Layout.RAQM if self.use_raqm else ImageFont.Layout.BASIC
            self._fonts[key] = ImageFont.truetype(
                str(resource("fonts", name)), size, layout_engine=engine
            )
        return self._fonts[key]

    def visual(self, text: str) -> str:
        if self.use_raqm or not any("\u0600" <= ch <= "\u06ff" for ch in text):
            return text
        import arabic_reshaper
        from bidi import get_display

        return get_display(arabic_reshaper.reshape(text))

    def direction(self, font: ImageFont.FreeTypeFont) -> dict:
        """Layout arguments for text in ``font``: right to left for Arabic under raqm."""
        arabic_font = str(font.path).endswith(("Arabic-Regular.ttf", "Arabic-Bold.ttf"))
        return {"direction": "rtl"} if self.use_raqm and arabic_font else {}

    def centred(
        self, y: int, text: str, size: int, fill, bold: bool = False, max_width: int = 960
    ) -> int:
        """Draw ``text`` centred, shrinking it to fit; return the next free y."""
        while True:
            font = self.font(text, size, bold)
            shown = self.visual(text)
            kwargs = self.direction(font)
            box = self.draw.textbbox((0, 0), shown, font=font, **kwargs)
            if box[2] - box[0] <= max_width or size <= 18:
                break
            size -= 4
        x = (WIDTH - (box[2] - box[0])) // 2 - box[0]
        self.draw.text((x, y), shown, font=font, fill=fill, **kwargs)
        return y + (box[3] - box[1]) + int(size * 0.6)


def render_card(
    profile: dict,
    *,
    lang: str,
    today: date | None,
    legal_limit_days: int,
    campaign_line: dict,
    use_raqm: bool | None = None,
    image_format: str = "PNG",
    milestone: tuple[str, str] | None = None,
) -> bytes:
    """PNG (or JPEG, for web previews: a tenth of the time to encode) bytes of the card for one
    (already redacted) profile. ``milestone`` (figure, line), from the agenda, stands in for
    today's days in detention: ("1,000", "days in detention")."""
    use_raqm = raqm_available() if use_raqm is None else use_raqm
    view = build_view(profile, lang, today=today, legal_limit_days=legal_limit_days)
    img = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(img)
    writer = TextWriter(draw, lang, use_raqm)
    draw.rectangle((0, 0, WIDTH, 14), fill=ACCENT)
    y = 70
    if view.photo:
        with Image.open(io.BytesIO(view.photo)) as photo:
            photo = photo.convert("RGB")
            side = min(photo.size)
            left, top = (photo.width - side) // 2, (photo.height - side) // 2
            photo = photo.crop((left, top, left + side, top + side)).resize((460, 460))
        img.paste(photo, ((WIDTH - 460) // 2, y))
        draw.rectangle(
            ((WIDTH - 460) // 2 - 4, y - 4, (WIDTH + 460) // 2 + 4, y + 464),
            outline=ACCENT,
            width=4,
        )
        y += 500
    else:
        y += 120
    y = writer.centred(y, view.name, 64, TEXT, bold=True)
    if view.profession:
        y = writer.centred(y, view.profession, 40, (200, 210, 220))
    y += 10
    figure, caption = milestone or (view.days, _LABELS["days"][lang])
    if figure:
        y = writer.centred(y, figure, 150, ACCENT, bold=True)
        y = writer.centred(y, caption, 40, TEXT)
    if view.status:
        y = writer.centred(y, view.status, 38, (200, 210, 220))
    line = campaign_line.get(lang) or ""
    if line:
        draw.rectangle((0, HEIGHT - 150, WIDTH, HEIGHT), fill=ACCENT)
        writer.centred(HEIGHT - 120, line, 44, BACKGROUND, bold=True)
    out = io.BytesIO()
    if image_format == "JPEG":
        img.save(out, format="JPEG", quality=85)  # no exif, no comment: nothing but pixels
    else:
        img.save(out, format="PNG", optimize=True)  # no pnginfo, no exif: nothing but pixels
    return out.getvalue()


def _file_name(index: int) -> str:
    # Numbered only: a folder listing (a USB stick, a synced folder, a recent-files list) must
    # not name the people in it, nor carry their ids.
    return f"card-{index:03d}.png"


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
) -> list[Path]:
    """One PNG per profile; a single profile goes to ``out`` itself, several into folder ``out``."""
    if len(profiles) == 1 and out.suffix.lower() == ".png":
        targets = [out]
    else:
        out.mkdir(parents=True, exist_ok=True)
        targets = [out / _file_name(i) for i in range(1, len(profiles) + 1)]
    written = []
    for i, (profile, target) in enumerate(zip(profiles, targets, strict=True)):
        data = render_card(
            profile,
            lang=lang,
            today=today,
            legal_limit_days=legal_limit_days,
            campaign_line=campaign_line,
            use_raqm=use_raqm,
        )
        with atomic(target) as tmp:
            tmp.write_bytes(data)
        written.append(target)
        step(i + 1)
    return written
