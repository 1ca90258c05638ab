"""DOCX dossiers: Arabic direction markup, scrubbed properties, LibreOffice text round trip."""

from __future__ import annotations

import zipfile

import pytest
from export_helpers import PRESENTATION_FORMS, TODAY, normalise
from lxml import etree

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


def test_arabic_paragraphs_are_rtl_and_not_reshaped(docx_files):
    with zipfile.ZipFile(docx_files["ar+en"]) as z:
        xml = z.read("word/document.xml")
        headers = [z.read(n) for n in z.namelist() if n.startswith("word/header")]
    assert not PRESENTATION_FORMS.search(xml.decode("utf-8"))
    root = etree.fromstring(xml)
    arabic = 0
    for p in root.iter(W + "p"):
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        if not _is_arabic(text):
            continue
        arabic += 1
        assert p.find(f"{W}pPr/{W}bidi") is not None, text
        style = p.find(f"{W}pPr/{W}pStyle")
        styled = style is not None and style.get(W + "val").startswith(("Heading", "Title"))
        for r in p.iter(W + "r"):
            if _is_arabic("".join(t.text or "" for t in r.iter(W + "t"))):
                rpr = r.find(W + "rPr")
                assert rpr.find(W + "rtl") is not None
                assert rpr.find(W + "rFonts").get(W + "cs")
                # A heading's size comes from its style (which carries szCs), never forced.
                assert (rpr.find(W + "szCs") is None) == styled
                assert rpr.find(W + "lang").get(W + "bidi") == "ar-EG"
    assert arabic > 50
    assert root.find(f".//{W}tblPr/{W}bidiVisual") is not None
    assert b"TOC \\o" in xml
    assert headers and all("public" in h.decode() or "عام" in h.decode() for h in headers)


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
