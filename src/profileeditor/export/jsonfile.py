"""Export to the interchange JSON format at a level (public/partner/internal, DESIGN §6)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from profileeditor.core.levels import select_for_level


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
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
