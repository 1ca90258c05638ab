"""Draws the application icon with Pillow and writes every size the installers need.

The drawing is our own (no downloaded artwork, so no licence to track): a dark-teal rounded
square holding a white profile card — a head-and-shoulders silhouette beside three text lines —
with a small gold padlock for the encrypted vault.

Writes into resources/icons/: profileeditor-<N>.png (16 … 1024), profileeditor.png (256, for
the window and the Linux desktop entry), profileeditor.ico (Windows) and profileeditor.icns
(macOS). Run ``python packaging/make_icons.py``; the output is committed, so a build does not
depend on it, and running it again gives the same pixels.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "profileeditor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
CANVAS = 1024
SUPERSAMPLE = 4  # draw large and shrink: Pillow's shapes have no anti-aliasing of their own

TEAL = (14, 92, 99, 255)
TEAL_DARK = (9, 64, 70, 255)
CARD = (250, 250, 247, 255)
INK = (40, 56, 64, 255)
LINE = (150, 168, 172, 255)
GOLD = (232, 176, 60, 255)
GOLD_DARK = (176, 124, 28, 255)


def draw(size: int = CANVAS) -> Image.Image:
    """The icon at ``size`` × ``size`` pixels (RGBA)."""
    big = CANVAS * SUPERSAMPLE
    s = big / 1024  # every coordinate below is on a 1024 grid

    def box(x0, y0, x1, y1):
        return [round(x0 * s), round(y0 * s), round(x1 * s), round(y1 * s)]

    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    # Background: a rounded square with a slightly darker lower band for depth.
    d.rounded_rectangle(box(40, 40, 984, 984), radius=round(200 * s), fill=TEAL_DARK)
    d.rounded_rectangle(box(40, 40, 984, 930), radius=round(200 * s), fill=TEAL)
    # The profile card, upright: clarity at 16 px matters more than flourish.
    d.rounded_rectangle(box(150, 250, 874, 790), radius=round(60 * s), fill=CARD)
    # Head and shoulders, clipped to a frame on the card's left.
    d.rounded_rectangle(box(200, 320, 470, 720), radius=round(36 * s), fill=(222, 232, 232, 255))
    d.ellipse(box(272, 380, 398, 506), fill=INK)
    d.pieslice(box(228, 530, 442, 760), start=180, end=360, fill=INK)
    d.rectangle(box(228, 645, 442, 720), fill=INK)
    # Text lines on the right: a name, then two shorter lines.
    for y, right in ((370, 810), (470, 770), (570, 730)):
        d.rounded_rectangle(box(520, y, right, y + 44), radius=round(22 * s), fill=LINE)
    d.rounded_rectangle(box(520, 370, 810, 414), radius=round(22 * s), fill=INK)
    # The padlock, overlapping the card's lower right corner.
    d.arc(box(700, 640, 860, 800), start=180, end=360, fill=GOLD_DARK, width=round(34 * s))
    d.rectangle(box(700, 718, 717, 760), fill=GOLD_DARK)
    d.rectangle(box(843, 718, 860, 760), fill=GOLD_DARK)
    d.rounded_rectangle(box(664, 740, 896, 920), radius=round(30 * s), fill=GOLD)
    d.ellipse(box(762, 792, 798, 828), fill=GOLD_DARK)
    d.rectangle(box(772, 810, 788, 872), fill=GOLD_DARK)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_all(folder: Path = ICON_DIR) -> list[Path]:
    """Write every PNG size, the .ico and the .icns; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    master = draw(CANVAS)
    written = []
    for size in PNG_SIZES:
        path = folder / f"{NAME}-{size}.png"
        master.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    main_png = folder / f"{NAME}.png"
    master.resize((256, 256), Image.Resampling.LANCZOS).save(main_png, optimize=True)
    ico = folder / f"{NAME}.ico"
    master.save(ico, sizes=[(n, n) for n in ICO_SIZES])
    icns = folder / f"{NAME}.icns"
    # Pillow writes every ICNS size it knows (16 … 1024) from the one master image.
    master.save(icns)
    return [*written, main_png, ico, icns]


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else ICON_DIR):
        print(path)
