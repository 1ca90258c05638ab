"""Export to the interchange JSON format at a level (public/partner/internal, DESIGN §6)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from profileeditor.core.levels import select_for_level
from profileeditor.export.dispatch import atomic_path


def document(
    profiles: Iterable[dict], level: str = "public", include_unconsented: bool = False
) -> dict:
    return {
        "format": "profileeditor.profiles",
        "version": 1,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "level": level,
        "profiles": select_for_level(list(profiles), level, include_unconsented),
    }


def write(
    path: Path, profiles: Iterable[dict], level: str = "public", include_unconsented: bool = False
) -> Path:
    """Write atomically: a temp file beside the target, renamed over it when complete."""
    path = Path(path)
    doc = document(profiles, level, include_unconsented)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    return path
