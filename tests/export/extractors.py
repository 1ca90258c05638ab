"""Independent PDF text readers, each as a function path → text, and the "items whole" measure.

pdftotext (poppler, default and -raw), pypdf, PyMuPDF (MuPDF), pdfminer.six, pdf.js (Firefox's
reader, run with node from tests/js) and mutool. Each reader is what a journalist's tool does
when they copy or search the dossier; the dossier must read right in all of them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

JS_DIR = Path(__file__).resolve().parents[1] / "js"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def _run(args: list[str], **kw) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=300, **kw)
    return done.stdout


def pdftotext(path: Path) -> str:
    return _run(["pdftotext", "-enc", "UTF-8", str(path), "-"])


def pdftotext_raw(path: Path) -> str:
    return _run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"])


def pypdf_text(path: Path) -> str:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    return "\n\f".join(page.extract_text() or "" for page in reader.pages)


def pymupdf_text(path: Path) -> str:
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        return "\n\f".join(page.get_text() for page in doc)


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pdfjs_text(path: Path) -> str:
    return _run(["node", str(JS_DIR / "extract.mjs"), str(path)])


def mutool_text(path: Path) -> str:
    return _run(["mutool", "draw", "-q", "-F", "txt", "-o", "-", str(path)])


READERS = {
    "pdftotext": pdftotext,
    "pdftotext -raw": pdftotext_raw,
    "pypdf": pypdf_text,
    "PyMuPDF": pymupdf_text,
    "pdf.js": pdfjs_text,
    "pdfminer": pdfminer_text,
    "mutool": mutool_text,
}
# The readers the dossier must satisfy whole; pdfminer and mutool are measured and reported.
REQUIRED = ("pdftotext", "pdftotext -raw", "pypdf", "PyMuPDF", "pdf.js")


def available(name: str) -> bool:
    if name.startswith("pdftotext"):
        return shutil.which("pdftotext") is not None
    if name == "mutool":
        return shutil.which("mutool") is not None
    if name == "pdf.js":
        return shutil.which("node") is not None and (JS_DIR / "node_modules").is_dir()
    module = {"pypdf": "pypdf", "PyMuPDF": "pymupdf", "pdfminer": "pdfminer"}[name]
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def normalise(text: str) -> str:
    """Text compared as a reader shows it: NFC, presentation forms folded (NFKC on Arabic
    presentation forms only), bidi controls dropped, whitespace runs collapsed."""
    text = BIDI_CONTROLS.sub("", text)
    text = "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufeff" else ch for ch in text
    )
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def whole(items: list[str], text: str) -> list[str]:
    """The items that occur in ``text`` whole and in logical order (lines joined by a space)."""
    flat = normalise(text)
    return [item for item in items if normalise(item) in flat]


def reversed_words(words: list[str], text: str) -> list[str]:
    """Arabic words of the items that a reader gives back letter-reversed."""
    flat = normalise(text)
    found = set(flat.split())
    out = []
    for w in words:
        w = normalise(w)
        if len(w) > 2 and w[::-1] != w and w[::-1] in found and w not in found:
            out.append(w)
    return out
