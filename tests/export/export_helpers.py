"""Helpers shared by the export tests: extraction, normalisation, canary planting."""

from __future__ import annotations

import copy
import re
import subprocess
import zlib
from datetime import date
from pathlib import Path

TODAY = date(2024, 6, 1)
CANARY = "CANARY7x9q"
# Invisible directional marks: poppler's embeddings (RLE/LRE … PDF) and the marks the dossier's
# text layer carries (LRM, RLM, ALM: see export/pdf_text.py).
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def normalise(text: str) -> str:
    """Extracted text compared with stored text: bidi controls (which pdftotext adds) dropped,
    whitespace runs collapsed."""
    return " ".join(BIDI_CONTROLS.sub("", text).split())


def pdftotext(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"], capture_output=True, text=True
    )


def pdf_streams(path: Path) -> bytes:
    """The file with every Flate stream decompressed appended (what a grep for leaks must see)."""
    raw = path.read_bytes()
    parts = [raw]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def plant_canaries(profiles: list[dict]) -> list[dict]:
    """Copies with the canary in every partner and internal field."""
    out = []
    for n, original in enumerate(profiles):
        p = copy.deepcopy(original)
        both = {"ar": f"{CANARY} ع", "en": f"{CANARY} e"}
        for key in ("health", "lawyers", "family_contact", "notes"):
            p[key] = dict(both)
        p.setdefault("consent", {"level": "full"})["notes"] = CANARY
        p["consent"]["given_by"] = CANARY
        p["tags"] = [*p.get("tags", []), CANARY]
        for case in p.get("cases") or []:
            case["notes"] = dict(both)
            for proc in case.get("proceedings") or []:
                proc["notes"] = dict(both)
        for src in p.get("sources") or []:
            if src.get("level", "internal") != "public":
                src["title"] = CANARY
                src["notes"] = CANARY
        p.setdefault("sources", []).append(
            {
                "id": f"00000000-0000-4000-8000-{n:012d}",
                "title": CANARY,
                "notes": CANARY,
                "url": f"https://{CANARY}.invalid",
                "level": "internal",
            }
        )
        p.setdefault("attachments", []).append(
            {
                "id": f"00000000-0000-4000-9000-{n:012d}",
                "kind": "document",
                "filename": f"{CANARY}.pdf",
                "media_type": "application/pdf",
                "sha256": "0" * 64,
                "caption": dict(both),
                "credit": CANARY,
            }
        )
        out.append(p)
    return out
