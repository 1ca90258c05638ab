"""Export to the interchange JSON format at a level (public/partner/internal, DESIGN §6).

Below internal level a file travels to people outside the vault's team, so what only serves the
vault stays home unless the user asks (``keep_ids``, for partners who update records by id):
every id is replaced by a fresh random one (references inside the file stay consistent, so it is
still a valid file to import), record timestamps go, and attachments lose their original file
name, when they were added and their credit.
"""

from __future__ import annotations

import json
import mimetypes
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from profileeditor.core.levels import select_for_level
from profileeditor.export.dispatch import atomic_path

RECORD_TIMES = ("created_at", "updated_at")
ATTACHMENT_PRIVATE = ("added_at", "credit")


def document(
    profiles: Iterable[dict],
    level: str = "public",
    include_unconsented: bool = False,
    keep_ids: bool = False,
) -> dict:
    chosen = select_for_level(list(profiles), level, include_unconsented)
    if level != "internal" and not keep_ids:
        chosen = [without_internal_marks(p) for p in chosen]
    return {
        "format": "profileeditor.profiles",
        "version": 1,
        # A date, not a time of day: the time zone of the laptop is nobody's business.
        "exported_at": datetime.now(UTC).date().isoformat() + "T00:00:00Z",
        "level": level,
        "profiles": chosen,
    }


def without_internal_marks(profile: dict) -> dict:
    ids: dict[str, str] = {}

    def collect(node) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                ids.setdefault(node["id"], str(uuid.uuid4()))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    def rewrite(node):
        if isinstance(node, dict):
            return {k: rewrite(v) for k, v in node.items() if k not in RECORD_TIMES}
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        if isinstance(node, str) and node in ids:
            return ids[node]  # an id, or a reference to one (photo, recycled cases, …)
        return node

    collect(profile)
    out = rewrite(profile)
    for number, attachment in enumerate(out.get("attachments") or [], 1):
        for key in ATTACHMENT_PRIVATE:
            attachment.pop(key, None)
        stem = "photo" if attachment.get("id") == out.get("photo") else "attachment"
        extension = mimetypes.guess_extension(str(attachment.get("media_type") or "")) or ""
        attachment["filename"] = f"{stem}-{number}{extension}"
    return out


def write(
    path: Path,
    profiles: Iterable[dict],
    level: str = "public",
    include_unconsented: bool = False,
    keep_ids: bool = False,
) -> Path:
    """Write atomically: a temp file beside the target, renamed over it when complete."""
    path = Path(path)
    doc = document(profiles, level, include_unconsented, keep_ids)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    return path
