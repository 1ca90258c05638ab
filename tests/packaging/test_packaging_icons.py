"""The application icon: every size the installers name exists and is what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_png_sizes(size):
    with Image.open(ICONS / f"profileeditor-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # Transparent corners: the rounded square does not fill the canvas.
        assert image.getpixel((0, 0))[3] < 64


def test_ico_and_icns_hold_the_sizes_the_platforms_ask_for():
    with Image.open(ICONS / "profileeditor.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "profileeditor.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_drawing_is_reproducible(tmp_path, make_icons):
    """The committed icons are what the script draws (so nobody edits one size by hand)."""
    make_icons.write_all(tmp_path)
    for size in (16, 256):
        name = f"profileeditor-{size}.png"
        with Image.open(tmp_path / name) as fresh, Image.open(ICONS / name) as committed:
            assert fresh.tobytes() == committed.tobytes()
