"""Helpers shared by the export tests: extraction, normalisation, canary planting."""

from __future__ import annotations

import copy
import re
import subprocess
import zipfile
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


def appears(phrase: str, text: str) -> bool:
    """``phrase`` in ``text`` in any order a file may hold it: logical, letter-reversed (visual
    Arabic, as in an ActualText span) or word-reversed."""
    return any(p in text for p in (phrase, phrase[::-1], " ".join(reversed(phrase.split()))))


_PDF_HEX_STRING = re.compile(rb"(?<!<)<([0-9A-Fa-f\s]+)>")
_PDF_LITERAL_STRING = re.compile(rb"\((?:\\.|[^\\()])*\)", re.S)


def pdf_raw_strings(path: Path, work: Path) -> str:
    """Every string of the PDF as ``qpdf --qdf`` writes it (streams uncompressed, no object
    streams): the file's bytes as Latin-1 and UTF-8, and each literal and hex string decoded
    (UTF-16 where it starts with its byte-order mark). What a grep of the file finds, whatever a
    reader shows: metadata, bookmarks, ActualText spans, hidden text."""
    qdf = work / "raw.qdf.pdf"
    subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), str(qdf)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    raw = qdf.read_bytes()
    qdf.unlink()
    found = [raw.decode("latin-1"), raw.decode("utf-8", "ignore")]

    def decoded(data: bytes) -> str:
        if data.startswith(b"\xfe\xff"):
            return data[2:].decode("utf-16-be", "ignore")
        return data.decode("utf-8", "ignore") + "\n" + data.decode("latin-1")

    for match in _PDF_HEX_STRING.finditer(raw):
        digits = re.sub(rb"\s", b"", match.group(1))
        found.append(decoded(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())))
    for match in _PDF_LITERAL_STRING.finditer(raw):
        body = match.group(0)[1:-1]
        body = re.sub(rb"\\([nrtbf()\\])", lambda m: m.group(1), body)  # escapes, roughly
        found.append(decoded(body))
    return "\n".join(found)


def docx_parts_text(path: Path) -> dict[str, str]:
    """Every part of a DOCX (document, headers, footers, comments, notes, docProps, custom XML,
    relationships, anything in the zip) as text: its bytes as UTF-8, and for XML its text nodes
    joined without a break (Word splits a phrase across runs) and its attribute values."""
    from lxml import etree

    parts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            data = z.read(name)
            texts = [data.decode("utf-8", "ignore")]
            if name.endswith((".xml", ".rels")):
                root = etree.fromstring(data)
                texts.append("".join(root.itertext()))
                texts += [v for el in root.iter() for v in el.attrib.values()]
            parts[name] = "\n".join(texts)
    return parts
