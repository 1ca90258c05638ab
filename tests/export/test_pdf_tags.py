"""The dossier PDF is tagged: its structure tree, read back by independent readers.

pypdf walks the tree (/StructTreeRoot, /ParentTree, each element's /K, /Lang, /Alt, /A);
the page streams are scanned for their marked content; pdf.js (Firefox's reader, with its
own bidi) gives each marked-content sequence's text, so an element's text is what a reader
would take for it; poppler's ``pdfinfo -struct`` and ``qpdf --check`` must accept the file.
Dossiers: the real-prose fixture in Arabic, English and both languages, with a photo.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from extractors import JS_DIR, available, normalise
from PIL import Image
from prose_dossier import TODAY, prose_profiles
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from profileeditor.core.arabic import has_arabic
from profileeditor.export.dispatch import export_profiles
from profileeditor.export.strings import level_line, s

LANGS = ("ar", "en", "ar+en")


def _profiles() -> list[dict]:
    profiles = prose_profiles()
    buffer = io.BytesIO()
    Image.new("RGB", (80, 100), (120, 140, 160)).save(buffer, "JPEG")
    profiles[0]["photo"] = "photo-1"
    profiles[0]["attachments"] = [
        {"id": "photo-1", "kind": "photo", "data": base64.b64encode(buffer.getvalue()).decode()}
    ]
    return profiles


@dataclass
class Node:
    role: str
    lang: str | None  # its own /Lang
    in_lang: str  # its language, inherited
    alt: str | None
    scope: str | None
    ref: int
    parent: Node | None = None
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page, MCID) in order
    annotations: int = 0
    kids: list[Node] = field(default_factory=list)

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def find(self, role: str) -> list[Node]:
        return [n for n in self.walk() if n.role == role]


@dataclass
class Tagged:
    path: Path
    lang: str
    document: Node
    parent_tree: dict[int, object]  # key -> list of element refs, or one ref
    page_keys: dict[int, int]  # page -> /StructParents
    page_mcids: dict[int, list[int]]  # MCIDs opened in each page's stream, in order
    texts: dict[int, dict[str, str]]  # pdf.js: page -> MCID (or "artifact", "none") -> text

    def text(self, node: Node) -> str:
        """What pdf.js reads for ``node`` and its descendants, in structure order."""
        parts = []
        for n in node.walk():
            parts += [self.texts[page].get(str(mcid), "") for page, mcid in n.mcids]
        return normalise(" ".join(parts))


def _read(path: Path) -> Tagged:
    reader = PdfReader(path)
    catalog = reader.trailer["/Root"]
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    tree_root = catalog["/StructTreeRoot"]
    doc_lang = str(catalog["/Lang"])

    def walk(ref: IndirectObject, parent: Node | None) -> Node:
        elem = ref.get_object()
        own = str(elem["/Lang"]) if "/Lang" in elem else None
        node = Node(
            role=str(elem["/S"])[1:],
            lang=own,
            in_lang=own or (parent.in_lang if parent else doc_lang),
            alt=str(elem["/Alt"]) if "/Alt" in elem else None,
            scope=str(elem["/A"]["/Scope"])[1:] if "/A" in elem else None,
            ref=ref.idnum,
            parent=parent,
        )
        assert elem.raw_get("/P").idnum == (
            parent.ref if parent else tree_root.indirect_reference.idnum
        )
        kids = elem.raw_get("/K") if "/K" in elem else ArrayObject()
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if isinstance(kid, int):
                node.mcids.append((pages[elem.raw_get("/Pg").idnum], int(kid)))
                continue
            obj = kid.get_object()
            if isinstance(kid, DictionaryObject) and obj.get("/Type") == "/MCR":
                node.mcids.append((pages[obj.raw_get("/Pg").idnum], int(obj["/MCID"])))
            elif isinstance(kid, DictionaryObject) and obj.get("/Type") == "/OBJR":
                assert obj["/Obj"].get_object()["/Subtype"] == "/Link"
                node.annotations += 1
            else:
                node.kids.append(walk(kid, node))
        return node

    document = walk(tree_root.raw_get("/K"), None)
    nums = tree_root["/ParentTree"]["/Nums"]
    parent_tree = {
        int(nums[i]): (
            [e.idnum for e in nums[i + 1]]
            if isinstance(nums[i + 1], ArrayObject)
            else nums[i + 1].idnum
        )
        for i in range(0, len(nums), 2)
    }
    page_keys, page_mcids = {}, {}
    for n, page in enumerate(reader.pages, 1):
        stream = page.get_contents().get_data().decode("latin-1")
        page_mcids[n] = [int(m) for m in re.findall(r"<</MCID (\d+)>> BDC", stream)]
        if "/StructParents" in page:
            page_keys[n] = int(page["/StructParents"])
    out = subprocess.run(
        ["node", str(JS_DIR / "marked_text.mjs"), str(path)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    texts = {int(k): v for k, v in json.loads(out).items()}
    return Tagged(path, doc_lang, document, parent_tree, page_keys, page_mcids, texts)


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory) -> dict[str, Tagged]:
    if not available("pdf.js"):
        pytest.fail("pdf.js (node and tests/js/node_modules) is required for the tag tests")
    out = {}
    for lang in LANGS:
        path = tmp_path_factory.mktemp("tags") / f"prose-{lang}.pdf"
        export_profiles(_profiles(), "pdf", path, lang=lang, level="public", today=TODAY)
        out[lang] = _read(path)
    return out


def _langs(lang: str) -> list[str]:
    return lang.split("+")


def _profile_sections(tagged: Tagged, lang: str) -> list[Node]:
    """Each profile's section in ``lang`` (a bilingual profile's Sect holds one per language)."""
    profiles = [n for n in tagged.document.kids if n.find("H1") and n.find("Table")][-2:]
    if len(_langs(tagged.path.stem.removeprefix("prose-"))) == 1:
        return profiles
    return [kid for p in profiles for kid in p.kids if kid.in_lang == lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalog_says_tagged_with_a_title_shown(dossiers, lang):
    reader = PdfReader(dossiers[lang].path)
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert reader.metadata.title == s("title", _langs(lang)[0])
    assert catalog["/Lang"] == _langs(lang)[0]
    assert dossiers[lang].document.role == "Document"


@pytest.mark.parametrize("lang", LANGS)
def test_every_mcid_of_every_page_belongs_to_exactly_one_element(dossiers, lang):
    tagged = dossiers[lang]
    owners: dict[tuple[int, int], list[int]] = {}
    for node in tagged.document.walk():
        for page, mcid in node.mcids:
            owners.setdefault((page, mcid), []).append(node.ref)
    streams = {(page, mcid) for page, mcids in tagged.page_mcids.items() for mcid in mcids}
    assert all(len(mcids) == len(set(mcids)) for mcids in tagged.page_mcids.values())
    assert set(owners) == streams  # every sequence referenced, nothing referenced missing
    assert all(len(refs) == 1 for refs in owners.values())
    for page, mcids in tagged.page_mcids.items():
        if not mcids:
            continue
        # The page's /StructParents entry lists, by MCID, the element each sequence is in.
        entry = tagged.parent_tree[tagged.page_keys[page]]
        assert entry == [owners[(page, mcid)][0] for mcid in range(len(entry))]
        assert sorted(mcids) == list(range(len(entry)))
    links = [n for n in tagged.document.walk() if n.annotations]
    assert {
        tagged.parent_tree[k] for k in tagged.parent_tree if k not in tagged.page_keys.values()
    } == {n.ref for n in links}


@pytest.mark.parametrize("lang", LANGS)
def test_the_tree_has_the_dossiers_sections_and_headings_in_reading_order(dossiers, lang):
    tagged = dossiers[lang]
    langs = _langs(lang)
    assert all(kid.role == "Sect" for kid in tagged.document.kids)
    cover = tagged.document.kids[0]
    assert [tagged.text(h) for h in cover.find("H1")] == [normalise(s("title", lg)) for lg in langs]
    for lg in langs:
        contents = next(n for n in tagged.document.kids if n.in_lang == lg and n.find("TOC"))
        assert [tagged.text(h) for h in contents.find("H1")] == [
            normalise(s("contents", lg)),
            normalise(s("summary", lg)),
        ]
        names = [p["name"][lg] for p in prose_profiles()]
        entries = contents.find("TOCI")
        assert len(entries) == len(names)
        for entry, (number, name) in zip(entries, enumerate(names, 1), strict=True):
            (link,) = entry.find("Link")
            assert link.annotations == 1
            assert tagged.text(link).startswith(f"{number}. {normalise(name)}")
        sections = _profile_sections(tagged, lg)
        assert len(sections) == len(names)
        for section, name in zip(sections, names, strict=True):
            assert [tagged.text(h) for h in section.find("H1")] == [normalise(name)]
            heads = [tagged.text(h) for h in section.find("H2")]
            # The first page's sections, then the part's, in the order they are read.
            order = ["key_facts", "timeline", "identity", "facts", "bio", "detentions", "cases"]
            order += ["sessions", "events", "sources", "documents"]
            expected = [normalise(s(k, lg)) for k in order]
            assert heads == [h for h in expected if h in heads]
            assert {normalise(s(k, lg)) for k in ("key_facts", "identity", "facts")} <= set(heads)


@pytest.mark.parametrize("lang", LANGS)
def test_tables_have_a_cell_per_column_and_header_cells_with_a_scope(dossiers, lang):
    tagged = dossiers[lang]
    for table in tagged.document.find("Table"):
        rows = [kid for kid in table.kids]
        assert rows and all(row.role == "TR" for row in rows)
        widths = {len(row.kids) for row in rows}
        assert len(widths) == 1, "every row has a cell per column"
        for row in rows:
            assert all(cell.role in ("TH", "TD") for cell in row.kids)
            assert all(cell.scope in ("Row", "Column") for cell in row.kids if cell.role == "TH")
    for lg in _langs(lang):
        contents = next(n for n in tagged.document.kids if n.in_lang == lg and n.find("TOC"))
        (summary,) = contents.find("Table")
        header, *body = summary.kids
        columns = ("name", "status", "days", "facility", "case_numbers")
        # Logical order: in Arabic the first cell is the right-hand column, the name.
        assert [tagged.text(c) for c in header.kids] == [normalise(s(k, lg)) for k in columns]
        assert {c.role for c in header.kids} == {"TH"}
        assert {c.scope for c in header.kids} == {"Column"}
        assert len(body) == len(prose_profiles())
        names = [normalise(p["name"][lg]) for p in prose_profiles()]
        assert [tagged.text(row.kids[0]) for row in body] == names
        assert all(c.role == "TD" for row in body for c in row.kids)
        for section in _profile_sections(tagged, lg):
            identity = section.find("Table")[1]  # after the first page's key facts
            for row in identity.kids:
                assert [c.role for c in row.kids] == ["TH", "TD"]
                assert row.kids[0].scope == "Row"


@pytest.mark.parametrize("lang", LANGS)
def test_figures_have_an_alternate_description_in_their_language(dossiers, lang):
    tagged = dossiers[lang]
    for lg in _langs(lang):
        first, second = _profile_sections(tagged, lg)
        name = prose_profiles()[0]["name"][lg]
        figures = first.find("Figure")
        assert figures and all(f.alt for f in figures)
        assert figures[0].alt == s("photo_of", lg).format(name=name)
        timeline = next(f for f in figures if f.alt.startswith(s("timeline", lg)))
        assert len(timeline.alt) > len(s("timeline", lg)) + 10  # its events in words
        assert has_arabic(timeline.alt) == (lg == "ar")
        assert second.find("Figure")[0].alt.startswith(s("timeline", lg))  # no photo there
    assert all(f.alt for f in tagged.document.find("Figure"))
    # The statistics section: each chart is a figure described by its title and its figures.
    # (the cover, the contents in each language, then the statistics in each language)
    count = len(_langs(lang))
    statistics = tagged.document.kids[1 + count : 1 + 2 * count]
    for section in statistics:
        charts, titles = section.find("Figure"), section.find("H2")
        assert charts and len(charts) == len(titles)
        for chart, title in zip(charts, titles, strict=True):
            assert normalise(chart.alt).startswith(tagged.text(title))


@pytest.mark.parametrize("lang", LANGS)
def test_headers_and_footers_are_artifacts_out_of_the_reading_order(dossiers, lang):
    tagged = dossiers[lang]
    # The cover says the export level as content; on every page the running header says it.
    structure = " ".join(tagged.text(kid) for kid in tagged.document.kids[1:])
    for lg in _langs(lang):
        header = normalise(level_line("public", lg))
        page_of = normalise(s("page_of", lg).format(n=2, m=99).split("2")[0])
        assert header not in structure and page_of not in structure
    for page, texts in tagged.texts.items():
        assert "none" not in texts, f"page {page} has text that is neither content nor artifact"
        artifact = normalise(texts["artifact"])
        assert any(normalise(level_line("public", lg)) in artifact for lg in _langs(lang))
        if page > 1:
            assert any(
                normalise(s("page_of", lg).format(n=page, m=len(tagged.texts))) in artifact
                for lg in _langs(lang)
            )


def test_elements_in_another_language_than_the_documents_say_theirs(dossiers):
    both = dossiers["ar+en"]
    assert both.lang == "ar"
    english = [n for n in both.document.kids if n.lang == "en"]
    assert english, "the English sections of an Arabic-first dossier say /Lang (en)"
    for section in english:
        for node in section.walk():
            if node.mcids and has_arabic(both.text(node)):
                # An Arabic name in an English section is Arabic.
                assert node.in_lang == "ar", both.text(node)
    en = dossiers["en"]
    arabic = [n for n in en.document.walk() if n.lang == "ar"]
    assert arabic, "an English dossier's Arabic name cell says /Lang (ar)"
    assert all(has_arabic(en.text(n)) for n in arabic)
    assert not [n for n in dossiers["ar"].document.walk() if n.lang == "ar"]


@pytest.mark.parametrize("lang", LANGS)
def test_poppler_and_qpdf_read_the_structure(dossiers, lang):
    path = dossiers[lang].path
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    struct = subprocess.run(
        ["pdfinfo", "-struct", str(path)], capture_output=True, text=True, check=True
    )
    assert struct.stderr == ""
    roles = [line.split()[0].rstrip(":") for line in struct.stdout.splitlines() if line.strip()]
    assert roles[0] == "Document"
    assert {"Sect", "H1", "H2", "P", "Table", "TR", "TH", "TD", "Figure", "TOC"} <= set(roles)


def test_a_password_protected_dossier_encrypts_the_alternate_descriptions(tmp_path):
    path = tmp_path / "locked.pdf"
    export_profiles(
        _profiles(), "pdf", path, lang="en", level="public", today=TODAY, pdf_password="s3cret-pass"
    )
    raw = path.read_bytes()
    name = prose_profiles()[0]["name"]["en"]
    assert name.encode() not in raw and name.encode("utf-16-be") not in raw
    reader = PdfReader(path)
    reader.decrypt("s3cret-pass")
    alts = []

    def walk(obj):
        elem = obj.get_object()
        if "/Alt" in elem:
            alts.append(str(elem["/Alt"]))
        kids = elem.get("/K", [])
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            if isinstance(kid, IndirectObject):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"]["/K"])
    assert s("photo_of", "en").format(name=name) in alts


def test_a_key_facts_panel_running_on_to_the_next_page_has_its_rule_on_both(tmp_path):
    """The accent rule along the panel was drawn only when the panel ended on the page it
    began on (its page test was always true, its height from the last page's top)."""
    import pymupdf

    profiles = copy.deepcopy(prose_profiles())
    # first_page.py bounds each fact's text, so the panel is pushed past the page's end by a
    # long name above it (the name is not bounded) and a long fact cut at its bound.
    profiles[0]["name"]["en"] = " ".join(["Marwa Arafa"] * 70)
    facility = profiles[0]["detentions"][0]["facilities"][0]
    facility["name"]["en"] = " ".join(["Qanater women's prison, block"] * 120)
    path = tmp_path / "long-panel.pdf"
    export_profiles(profiles, "pdf", path, lang="en", level="public", today=TODAY)
    accent = (236 / 255, 179 / 255, 64 / 255)
    doc = pymupdf.open(path)
    rules = {}
    for number, page in enumerate(doc, 1):
        for drawing in page.get_drawings():
            fill = drawing.get("fill")
            if fill and all(abs(a - b) < 0.01 for a, b in zip(fill, accent, strict=True)):
                rules.setdefault(number, []).append(drawing["rect"])
    name_page = next(n for n, page in enumerate(doc, 1) if s("key_facts", "en") in page.get_text())
    assert name_page in rules and name_page + 1 in rules, rules
    mm = 72 / 25.4
    (first,) = rules[name_page]
    (second,) = rules[name_page + 1]
    height = doc[name_page - 1].rect.height
    assert first.y1 == pytest.approx(height - 18 * mm, abs=0.5)  # down to the bottom margin
    assert second.y0 == pytest.approx(20 * mm, abs=0.5)  # from the top margin
