"""Office files (DOCX, XLSX) without a time of day: a zip rewritten after the writer is done.

``zipfile`` stamps every entry with the local time of writing, and the writers put the UTC time
into docProps/core.xml; side by side they give away when the file was made and the time zone
of the laptop. Every entry gets the zip epoch (1980-01-01 00:00) and core.xml loses its
created/modified/printed dates and any creator name. ``scrub_package`` rewrites a whole file in
memory (the modest spreadsheets of one export, already written to a temporary name); the Word
dossier, which can be large, writes its entries this way in the first place (docx._save).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_CORE = "docProps/core.xml"
_DROPPED = re.compile(
    rb"<(dcterms:created|dcterms:modified|cp:lastPrinted|dc:creator|cp:lastModifiedBy)\b"
    rb"[^>]*?(?:/>|>.*?</\1>)",
    re.S,
)


def scrub_core(xml: bytes) -> bytes:
    return _DROPPED.sub(b"", xml)


def scrub_package(path: Path) -> None:
    """Rewrite the zip at ``path`` with fixed entry times and a core.xml without dates."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, scrub_core(data) if info.filename == _CORE else data)
