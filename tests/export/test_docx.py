"""DOCX dossiers: Arabic direction markup, scrubbed properties, LibreOffice text round trip."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zipfile

import pytest
from export_helpers import PRESENTATION_FORMS, TODAY, normalise
from lxml import etree

from profileeditor.core import bidi
from profileeditor.core.vocab import label
from profileeditor.export import export_profiles

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


@pytest.fixture(scope="module")
def docx_files(tmp_path_factory, samples):
    folder = tmp_path_factory.mktemp("docx")
    files = {}
    for lang in ("ar+en", "ar", "en"):
        out = folder / f"dossier-{lang.replace('+', '-')}.docx"
        export_profiles(samples, "docx", out, lang=lang, today=TODAY)
        files[lang] = out
    return files


def _letters(text: str) -> set[str]:
    """The scripts of the letters in ``text``: "ar" and/or "en"."""
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    found = set()
    if kinds & {"AL", "R"}:
        found.add("ar")
    if "L" in kinds:
        found.add("en")
    return found


def _text(el) -> str:
    return "".join(t.text or "" for t in el.iter(W + "t"))


def test_arabic_paragraphs_are_rtl_and_not_reshaped(docx_files):
    with zipfile.ZipFile(docx_files["ar+en"]) as z:
        xml = z.read("word/document.xml")
        headers = [z.read(n) for n in z.namelist() if n.startswith("word/header")]
    assert not PRESENTATION_FORMS.search(xml.decode("utf-8"))
    root = etree.fromstring(xml)
    arabic = 0
    for p in root.iter(W + "p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        styled = style is not None and style.get(W + "val").startswith(("Heading", "Title"))
        for r in p.iter(W + "r"):
            if r.find(W + "drawing") is not None:
                continue  # a timeline: its text boxes' paragraphs and runs are checked as such
            rpr = r.find(W + "rPr")
            letters = _letters(_text(r))
            # Each run's direction is its own script's: only Arabic is marked right to left.
            assert len(letters) < 2, _text(r)
            if letters == {"ar"}:
                arabic += 1
                assert rpr.find(W + "rtl") is not None, _text(r)
                assert rpr.find(W + "rFonts").get(W + "cs")
                # A heading's size comes from its style (which carries szCs), never forced.
                assert (rpr.find(W + "szCs") is None) == styled
                assert rpr.find(W + "lang").get(W + "bidi") == "ar-EG"
            elif letters == {"en"}:
                assert rpr is None or rpr.find(W + "rtl") is None, _text(r)
    assert arabic > 50
    assert root.find(f".//{W}tblPr/{W}bidiVisual") is not None
    assert b"PAGEREF profile_ar_1" in xml and b"PAGEREF profile_en_1" in xml  # the contents
    assert headers and all("public" in h.decode() or "عام" in h.decode() for h in headers)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_paragraph_direction_comes_from_the_section_language(docx_files, lang):
    """Every paragraph of an Arabic dossier runs right to left (also one that starts with a
    Latin name or a number); no paragraph of an English one does (also an Arabic fallback)."""
    with zipfile.ZipFile(docx_files[lang]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    # A timeline's paragraph holds only its drawing (left to right, so that LibreOffice does not
    # mirror the shapes); the paragraphs of its text boxes are checked like any other.
    paragraphs = [
        p for p in body.iter(W + "p") if _text(p).strip() and p.find(f".//{W}drawing") is None
    ]
    assert len(paragraphs) > 50
    latin_first = 0
    for p in paragraphs:
        rtl = p.find(f"{W}pPr/{W}bidi") is not None
        assert rtl == (lang == "ar"), _text(p)
        latin_first += lang == "ar" and _letters(bidi.strip(_text(p)).lstrip()[:1]) == {"en"}
    assert lang == "en" or latin_first  # the samples have Latin-first lines in Arabic


def test_core_properties_scrubbed(docx_files):
    with zipfile.ZipFile(docx_files["en"]) as z:
        core = z.read("docProps/core.xml").decode()
    assert "python-docx" not in core
    root = etree.fromstring(core.encode())
    for el in root:
        if el.tag.endswith(("creator", "lastModifiedBy", "description", "title")):
            assert not (el.text or "").strip(), el.tag
        assert not el.tag.endswith(("created", "modified"))


@pytest.mark.slow
def test_libreoffice_reads_back_exact_text(docx_files, consented, soffice_txt):
    texts = soffice_txt(list(docx_files.values()))
    for lang, path in docx_files.items():
        text = normalise(texts[path])
        assert not PRESENTATION_FORMS.search(text)
        for code in lang.split("+"):
            for p in consented:
                assert p["name"][code] in text
                assert normalise(p["bio"][code]) in text
                for case in p.get("cases") or []:
                    for charge in case.get("charges") or []:
                        assert label("charge", charge, code) in text


def test_page_numbers_repeated_header_rows_and_rows_kept_whole(docx_files):
    with zipfile.ZipFile(docx_files["ar+en"]) as z:
        footers = [z.read(n) for n in z.namelist() if n.startswith("word/footer")]
        root = etree.fromstring(z.read("word/document.xml"))
    assert any(b"PAGE" in f and b"NUMPAGES" in f for f in footers)
    rows = list(root.iter(W + "tr"))
    assert rows and all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in rows)
    for tbl in root.iter(W + "tbl"):
        first = tbl.find(W + "tr")
        heading = first.find(f"{W}trPr/{W}tblHeader") is not None
        later = [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in tbl.findall(W + "tr")[1:]]
        assert not any(later)
        if heading:
            break
    else:
        raise AssertionError("no table with a repeated heading row")


def test_english_paragraph_with_an_arabic_name_stays_left_to_right(tmp_path, samples):
    p = dict(next(s for s in samples if (s.get("consent") or {}).get("level") == "full"))
    p["bio"] = {"en": "Case No. 1110 of 2021 names أحمد سمير among the accused."}
    out = tmp_path / "en.docx"
    export_profiles([p], "docx", out, lang="en", today=TODAY)
    with zipfile.ZipFile(out) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    for para in root.iter(W + "p"):
        text = "".join(t.text or "" for t in para.iter(W + "t"))
        if text.startswith("Case No. 1110"):
            assert para.find(f"{W}pPr/{W}bidi") is None
            break
    else:
        raise AssertionError("the biography paragraph is missing")


@pytest.mark.slow
def test_contents_filled_with_page_numbers_without_an_update(docx_files, consented, soffice_pdf):
    """The contents list every profile with the page its part starts on, as LibreOffice lays
    the file out (no F9, no hint asking for one); Word is asked to update fields on opening.
    The cover carries no page number."""
    path = docx_files["ar+en"]
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        settings = z.read("word/settings.xml").decode("utf-8")
    assert "F9" not in xml and "TOC \\o" not in xml
    assert "<w:updateFields" in settings
    # in the settings' schema order (Word refuses a file otherwise): before compat and rsids
    assert settings.index("<w:updateFields") < settings.index("<w:compat")
    pdf = soffice_pdf([path])[path]
    pages = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    pages = [normalise(p) for p in pages if p.strip()]
    assert "صفحة" not in pages[0]  # the footer's "صفحة N من M" (Arabic first)
    assert all("صفحة" in page for page in pages[1:])
    contents = " ".join(pages[1:3])
    for number, person in enumerate(consented, 1):
        name = person["name"]["en"]
        entry = re.search(rf"{number}\. {re.escape(name)}\.*\s*(\d+)", contents)
        assert entry, (name, contents[:400])
        target = int(entry.group(1))
        assert name in pages[target - 1].split("Identity")[0], (name, target)


def _mostly_arabic(el) -> bool:
    kinds = [unicodedata.bidirectional(ch) for ch in _text(el)]
    return sum(k in ("AL", "R") for k in kinds) > sum(k == "L" for k in kinds)


# tblPr's children in the schema's order (ECMA-376 CT_TblPr), the ones a dossier may carry.
TBL_PR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblW", "jc", "tblBorders",
                "tblLayout", "tblCellMar", "tblLook"]  # fmt: skip


@pytest.mark.parametrize("lang", ["ar+en", "ar", "en"])
def test_arabic_tables_and_only_they_run_right_to_left(docx_files, lang):
    """Every table of Arabic text carries bidiVisual (its first column on the right), in schema
    order; no English table does."""
    with zipfile.ZipFile(docx_files[lang]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    tables = list(root.iter(W + "tbl"))
    arabic = [tbl for tbl in tables if _mostly_arabic(tbl)]
    assert len(arabic) == {"ar": len(tables), "en": 0}.get(lang, len(tables) / 2), lang
    for tbl in tables:
        tags = [el.tag.removeprefix(W) for el in tbl.find(W + "tblPr")]
        assert ("bidiVisual" in tags) is (tbl in arabic), (tags, _text(tbl)[:60])
        assert tags == sorted(tags, key=TBL_PR_ORDER.index), tags


def test_column_widths_set_and_titles_kept_with_what_follows(docx_files):
    with zipfile.ZipFile(docx_files["ar+en"]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    tables = list(root.iter(W + "tbl"))
    assert tables
    for tbl in tables:
        grid = [int(c.get(W + "w")) for c in tbl.find(W + "tblGrid").findall(W + "gridCol")]
        # Every table spans the 17 cm between the margins, in columns of its own widths.
        assert abs(sum(grid) - 17 * 567) < 60, grid
        tbl_pr = tbl.find(W + "tblPr")
        assert tbl_pr.find(f"{W}tblLayout").get(W + "type") == "fixed"
    grids = {tuple(c.get(W + "w") for c in t.find(W + "tblGrid")) for t in tables}
    assert len(grids) > 2  # not every table in equal columns
    # A title right before a table (a case's sessions) is kept on the table's page.
    kept = 0
    for tbl in tables:
        before = tbl.getprevious()
        if before is not None and before.tag == W + "p" and before.find(f".//{W}b") is not None:
            assert before.find(f"{W}pPr/{W}keepNext") is not None, _text(before)
            kept += 1
    assert kept
