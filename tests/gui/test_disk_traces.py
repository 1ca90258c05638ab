"""An attacker's audit of what one desktop session leaves on disk.

tests/gui/disk_session.py runs a whole session (vault, profiles, editor, Facts timeline,
Statistics and "Save charts", agenda .ics, PDF/DOCX/cards/charts/site/JSON at the public level,
lock, unlock, quit) in a subprocess whose HOME, XDG_* folders and TMPDIR point into a fresh tree.
The vault's folder and the export folder are named after the person, as a user may name them.

Then, as someone holding the seized laptop would:
- every file under that tree except the vault and the chosen exports is read for the canaries
  (in UTF-8, UTF-16, UTF-32, Windows-1256, ISO-8859-6, percent, JSON, Qt-ini and HTML escapes,
  also inside zip and gzip members and PNG text chunks), and every file name too;
- the exported files are read for the canaries of partner and internal fields (none may be in a
  public export) and for metadata (PDF /Info and XMP beyond the title, DOCX authors, PNG text and
  EXIF chunks, SVG metadata and comments, calendar properties beyond PRODID).

``test_the_scan_catches_a_planted_leak`` proves each scan can fail.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import random
import re
import subprocess
import sys
import urllib.parse
import uuid
import zipfile
import zlib
from pathlib import Path

import pytest

from profileeditor.export.ics import _CALENDAR_NAME

SRC = Path(__file__).resolve().parents[2] / "src"
SESSION = Path(__file__).with_name("disk_session.py")
CALENDAR_NAMES = set(_CALENDAR_NAME.values())
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _arabic_word(rng: random.Random, length: int = 7) -> str:
    return "".join(rng.choice(ARABIC_LETTERS) for _ in range(length))


def _latin_word(rng: random.Random, length: int = 8) -> str:
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(length)).capitalize()


def make_canaries() -> dict[str, str]:
    """Distinctive words no font, dictionary or library holds, fresh for each run."""
    rng = random.Random(uuid.uuid4().int)
    return {
        "public_en": "Zub" + _latin_word(rng),
        "public_ar": "زبيدة" + _arabic_word(rng),
        "edited_en": "Edt" + _latin_word(rng),
        "partner_en": "Prt" + _latin_word(rng),
        "partner_ar": "شريك" + _arabic_word(rng),
        "internal_en": "Int" + _latin_word(rng),
        "internal_ar": "داخلي" + _arabic_word(rng),
    }


# -- how a canary may be written ----------------------------------------------------------------


def encodings_of(text: str) -> list[bytes]:
    forms = [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")]
    for legacy in ("cp1256", "iso-8859-6", "latin-1"):
        with contextlib.suppress(UnicodeEncodeError):
            forms.append(text.encode(legacy))
    escapes = (
        urllib.parse.quote(text),  # file URLs, QSettings keys
        json.dumps(text)[1:-1],  # \u0632... in JSON
        text.encode("unicode_escape").decode("ascii"),  # Python repr, logs
        "".join(f"\\x{ord(c):x}" if ord(c) > 127 else c for c in text),  # Qt ini values
        "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in text),  # HTML, XML
        "".join(f"&#x{ord(c):x};" if ord(c) > 127 else c for c in text),
    )
    forms += [e.encode("ascii") for e in escapes]
    return sorted(set(forms))


def blobs_of(data: bytes, depth: int = 0) -> list[bytes]:
    """The bytes of a file and of what it packs: zip and gzip members, PNG text chunks."""
    found = [data]
    if depth > 3:
        return found
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    found += blobs_of(archive.read(info), depth + 1)
                    found.append(info.filename.encode("utf-8"))
        except (zipfile.BadZipFile, OSError, RuntimeError):
            pass
    elif data[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError, zlib.error):
            found += blobs_of(gzip.decompress(data), depth + 1)
    elif data[:8] == b"\x89PNG\r\n\x1a\n":
        for kind, body in png_chunks(data):
            if kind in (b"zTXt", b"iTXt"):
                for start in range(len(body)):
                    try:
                        found.append(zlib.decompress(body[start:]))
                        break
                    except zlib.error:
                        continue
    return found


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, at = [], 8
    while at + 8 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        chunks.append((data[at + 4 : at + 8], data[at + 8 : at + 8 + length]))
        at += 12 + length
    return chunks


def leaks_in_file(path: Path, needles: dict[str, list[bytes]]) -> list[str]:
    hits = []
    for blob in blobs_of(path.read_bytes()):
        lowered = blob.lower()
        for name, forms in needles.items():
            if any(form.lower() in lowered for form in forms):
                hits.append(name)
    return sorted(set(hits))


def name_leaks(relative: Path, canaries: dict[str, str]) -> list[str]:
    text = urllib.parse.unquote(str(relative)).lower()
    return [name for name, word in canaries.items() if word.lower() in text]


def scan_tree(root: Path, skip: list[Path], canaries: dict[str, str]) -> list[str]:
    """Every file and file name under ``root`` outside ``skip``: where a canary is."""
    needles = {name: encodings_of(word) for name, word in canaries.items()}
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d not in skip]
        for entry in dirnames + filenames:
            for name in name_leaks((here / entry).relative_to(root), canaries):
                found.append(f"file name {here / entry}: {name}")
        for filename in filenames:
            path = here / filename
            if path in skip or path.is_symlink() or not path.is_file():
                continue
            for name in leaks_in_file(path, needles):
                found.append(f"content {path}: {name}")
    return found


# -- the session --------------------------------------------------------------------------------


def session_document(sample_profiles: list[dict], canaries: dict[str, str]) -> dict:
    """The sample profiles, the first renamed to the canary person; a canary in each partner and
    internal field of every profile (each consented in full, so all reach the public export)."""
    profiles = json.loads(json.dumps(sample_profiles[:3]))
    first = profiles[0]
    first["name"] = {"ar": f"{canaries['public_ar']} منصور", "en": f"{canaries['public_en']} Nour"}
    first["bio"] = {"ar": f"{canaries['public_ar']} صحفية", "en": f"{canaries['public_en']} writes"}
    for profile in profiles:
        profile["consent"] = {"level": "full", "given_by": canaries["internal_en"]}
        profile["notes"] = {"ar": canaries["internal_ar"], "en": canaries["internal_en"]}
        profile["family_contact"] = {"ar": canaries["internal_ar"], "en": canaries["internal_en"]}
        profile["health"] = {"ar": canaries["partner_ar"], "en": canaries["partner_en"]}
        profile["lawyers"] = {"ar": canaries["partner_ar"], "en": canaries["partner_en"]}
        profile["tags"] = [canaries["partner_en"], canaries["partner_ar"]]
        for case in profile.get("cases") or []:
            case["notes"] = {"ar": canaries["partner_ar"], "en": canaries["partner_en"]}
            for proceeding in case.get("proceedings") or []:
                proceeding["notes"] = {"ar": canaries["partner_ar"], "en": canaries["partner_en"]}
        profile.pop("sources", None)
    return {"format": "profileeditor.profiles", "version": 1, "profiles": profiles}


def session_env(root: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "MPL", "FONTCONFIG", "QT_", "PYTHONPYCACHE"))
    }
    folders = {
        "HOME": "home",
        "TMPDIR": "tmp",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "run",
    }
    for key, relative in folders.items():
        (root / relative).mkdir(parents=True, exist_ok=True)
        env[key] = str(root / relative)
    os.chmod(root / "run", 0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    return env


@pytest.fixture(scope="module")
def session(tmp_path_factory, sample_doc):
    """The session run once; its tree, paths and canaries."""
    root = tmp_path_factory.mktemp("seized")
    canaries = make_canaries()
    env = session_env(root)
    documents = root / "home" / "Documents"
    vault = documents / f"{canaries['public_en']} case" / "vault.pevault"
    vault.parent.mkdir(parents=True)
    out = documents / f"{canaries['public_ar']} campaign"
    out.mkdir()
    document = session_document(sample_doc["profiles"], canaries)
    spec = {
        "vault": str(vault),
        "out": str(out),
        "passphrase": "a long passphrase for the disk audit",
        "document": document,
        "edit_id": document["profiles"][0]["id"],
        "edited_bio": f" {canaries['edited_en']} visited",
        "campaign_line": {"en": "Free them all", "ar": "الحرية للجميع"},
    }
    spec_file = tmp_path_factory.mktemp("spec") / "spec.json"  # outside the scanned tree
    spec_file.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, str(SESSION), str(spec_file)],
        env=env,
        cwd=root / "home",
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr[-4000:]
    answered = json.loads(ran.stdout.splitlines()[-1])["dialogs"]
    # The real file dialogs were shown and answered (their history is part of what is scanned).
    assert sum(a.startswith("file dialog") for a in answered) == 2, answered
    return {"root": root, "vault": vault, "out": out, "canaries": canaries, "log": ran}


def test_session_leaves_no_canary_outside_vault_and_exports(session):
    root, canaries = session["root"], session["canaries"]
    # The vault's folder and the export folder carry the person's name by the user's choice;
    # what lies inside the vault folder is scanned, and must hold nothing readable.
    skip = [session["out"]]
    found = scan_tree(root, skip, canaries)
    vault_dir = session["vault"].parent
    found = [f for f in found if f != f"file name {vault_dir}: public_en"]
    found = [f for f in found if not f.startswith(f"file name {vault_dir}/")]  # under its name
    found += [
        f"{f} (inside the vault folder)"
        for f in scan_tree(vault_dir, [], canaries)
        if not f.startswith("file name")
    ]
    assert found == [], "\n".join(found)
    # The session did what it says: the files the scan skipped exist.
    assert (session["out"] / "dossier.pdf").stat().st_size > 0
    assert any(session["vault"].parent.rglob("*"))


def exported_files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file())


def test_exports_list_every_format(session):
    suffixes = {p.suffix for p in exported_files(session["out"])}
    assert {".pdf", ".docx", ".png", ".svg", ".ics", ".html", ".json"} <= suffixes, suffixes
    out = session["out"]
    # File names from numbers unless asked (--readable-names), no staging or partial file left.
    named = [
        f"{p.relative_to(out)}: {name}"
        for p in out.rglob("*")
        for name in name_leaks(p.relative_to(out), session["canaries"])
    ]
    assert named == []
    assert [p for p in out.parent.rglob(".*")] == []


def pdf_text_and_metadata(path: Path) -> tuple[str, dict, bytes]:
    import pymupdf

    with pymupdf.open(path) as doc:
        text = "".join(page.get_text() for page in doc)
        return text, dict(doc.metadata or {}), (doc.get_xml_metadata() or "").encode()


def readable_text(path: Path) -> bytes:
    """What a reader finds in an exported file: a PDF's text layer, else its bytes unpacked."""
    if path.suffix == ".pdf":
        text, metadata, xmp = pdf_text_and_metadata(path)
        return (text + json.dumps(metadata, ensure_ascii=False)).encode() + xmp
    return b"\n".join(blobs_of(path.read_bytes()))


def test_public_exports_hold_no_partner_or_internal_canary(session):
    canaries = session["canaries"]
    hidden = {k: v for k, v in canaries.items() if k.startswith(("partner", "internal"))}
    needles = {name: encodings_of(word) for name, word in hidden.items()}
    found, public_seen = [], set()
    for path in exported_files(session["out"]):
        blob = readable_text(path)
        for name, forms in needles.items():
            if any(form.lower() in blob.lower() for form in forms):
                found.append(f"{path.relative_to(session['out'])}: {name}")
        if canaries["public_en"].encode() in blob:
            public_seen.add(path.suffix)
    assert found == [], "\n".join(found)
    # Positive control: the reader sees the public name where text is readable.
    assert {".pdf", ".docx", ".html", ".json"} <= public_seen, public_seen


def metadata_faults(path: Path) -> list[str]:
    """Metadata beyond what a public export may carry."""
    faults = []
    data = path.read_bytes()
    if path.suffix == ".pdf":
        _text, metadata, xmp = pdf_text_and_metadata(path)
        allowed = {
            "format",
            "encryption",
            "title",
            "producer",
            "creator",
            "creationDate",
            "modDate",
        }
        faults += [f"/Info {k}={v!r}" for k, v in metadata.items() if v and k not in allowed]
        faults += [f"/Info {k}={metadata[k]!r}" for k in ("creator", "producer") if metadata.get(k)]
        if xmp.strip():
            faults.append(f"XMP {xmp[:80]!r}")
    elif path.suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            for member in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"):
                if member not in archive.namelist():
                    continue
                xml = archive.read(member).decode("utf-8")
                for tag in (
                    "creator",
                    "lastModifiedBy",
                    "Company",
                    "Manager",
                    "keywords",
                    "description",
                    "subject",
                    "category",
                    "Template",
                    "property ",
                ):
                    match = re.search(rf"<[\w:]*{tag}[^>]*>([^<]+)<", xml)
                    # python-docx's default template name says nothing of anyone.
                    if match and match.group(1).strip() not in ("", "Normal.dotm"):
                        faults.append(f"{member} {tag}={match.group(1)!r}")
    elif path.suffix == ".png":
        faults += [
            f"PNG chunk {kind.decode()}"
            for kind, _body in png_chunks(data)
            if kind in (b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME")
        ]
    elif path.suffix == ".svg":
        text = data.decode("utf-8")
        # <title> and <desc> are the chart's own words (for screen readers), not metadata.
        faults += [f"SVG {m}" for m in re.findall(r"<metadata|<!--|<\?xml-stylesheet", text)]
    elif path.suffix == ".ics":
        text = data.decode("utf-8").replace("\r\n ", "")
        top = text.split("BEGIN:VEVENT")[0]
        lines = dict(line.split(":", 1) for line in top.splitlines() if ":" in line)
        faults += [
            f"ics {k}"
            for k in set(lines)
            - {"BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME"}
        ]
        # The calendar's name is the program's fixed words, never the user's.
        if lines.get("X-WR-CALNAME", "Campaign agenda") not in CALENDAR_NAMES:
            faults.append(f"ics X-WR-CALNAME={lines['X-WR-CALNAME']!r}")
        faults += [f"ics {k}" for k in ("ORGANIZER", "ATTENDEE", "X-WR-CALDESC") if k in text]
    elif path.suffix in (".jpg", ".jpeg") and (b"Exif\x00\x00" in data or b"<x:xmpmeta" in data):
        faults.append("JPEG EXIF/XMP")
    return faults


def test_exports_carry_no_metadata(session):
    faults = [
        f"{p.relative_to(session['out'])}: {fault}"
        for p in exported_files(session["out"])
        for fault in metadata_faults(p)
    ]
    assert faults == [], "\n".join(faults)


def test_the_scan_catches_a_planted_leak(tmp_path):
    """Each check fails on a planted leak: a canary in an ini file, in UTF-16 in a cache, in a
    gzip member, in a PNG text chunk, in a file name; metadata in a PNG, a DOCX and an SVG."""
    canaries = make_canaries()
    home = tmp_path / "home"
    (home / ".config" / "ProfileEditor").mkdir(parents=True)
    (home / ".cache").mkdir()
    clean = scan_tree(tmp_path, [], canaries)
    assert clean == []

    ini = home / ".config" / "ProfileEditor" / "ProfileEditor.ini"
    ini.write_text(
        f"[ui]\nlast=\\x{ord(canaries['public_ar'][0]):x}"
        + "".join(f"\\x{ord(c):x}" for c in canaries["public_ar"][1:])
        + "\n"
    )
    (home / ".cache" / "blob.bin").write_bytes(b"\0" + canaries["partner_en"].encode("utf-16-le"))
    (home / ".cache" / "log.gz").write_bytes(gzip.compress(canaries["internal_ar"].encode()))
    (home / ".cache" / f"thumb-{canaries['edited_en']}").write_bytes(b"")

    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_itxt("Comment", canaries["public_en"], zip=True)
    png = home / ".cache" / "chart.png"
    Image.new("RGB", (4, 4)).save(png, pnginfo=info)

    found = "\n".join(scan_tree(tmp_path, [], canaries))
    for name in ("public_ar", "partner_en", "internal_ar", "public_en"):
        assert f": {name}" in found, (name, found)
    assert f"file name {home / '.cache' / ('thumb-' + canaries['edited_en'])}" in found
    assert metadata_faults(png) == ["PNG chunk iTXt"]

    import docx

    document = docx.Document()
    document.core_properties.author = canaries["public_en"]
    document.save(tmp_path / "x.docx")
    assert any("creator" in f for f in metadata_faults(tmp_path / "x.docx"))
    svg = tmp_path / "x.svg"
    svg.write_text("<svg><!-- by someone --><metadata>x</metadata></svg>")
    assert len(metadata_faults(svg)) == 2
