"""Where the bundled resources (fonts, vocabularies, schema, samples, translations) live.

A source checkout keeps them in ``resources/`` beside ``src/``; a PyInstaller build puts them in
``sys._MEIPASS/resources``; ``PROFILEEDITOR_RESOURCES`` overrides both (packagers, tests).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    override = os.environ.get("PROFILEEDITOR_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled resource, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
