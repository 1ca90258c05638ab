"""Word dossier (python-docx): cover, table of contents, summary, then a section per profile.

Arabic paragraphs carry their direction explicitly (``w:bidi`` on the paragraph, ``w:rtl``,
complex-script font/size/bold and ``w:lang w:bidi`` on runs, ``w:bidiVisual`` on tables) and the
text stays in logical Unicode order: Word and LibreOffice shape and order it themselves, and a
reshaped (presentation-form) text would break search, copy and screen readers.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from copy import deepcopy
from datetime import date
from functools import lru_cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree
from PIL import Image

from profileeditor.core import wording
from profileeditor.export import ooxml
from profileeditor.export.content import DossierOptions, ProfileView, contents_rows, iso
from profileeditor.export.strings import level_line, s

IDENTITY_WIDTHS = [5.0, 12.0]  # cm; every table spans the 17 cm between the margins
ARABIC_FONT = "Noto Naskh Arabic"
LATIN_FONT = "Noto Sans"
BODY_PT = 11


def _set_run_lang(
    run, lang: str, *, bold: bool = False, size: float | None = None, cs_size: bool = True
) -> None:
    """Fonts, direction and language of a run. ``cs_size=False`` leaves the complex-script size
    to the paragraph style (a heading keeps its style's size in Arabic too)."""
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT)
    if bold:
        run.bold = True
    if size:
        run.font.size = Pt(size)
    if lang == "ar":
        if bold:
            rpr.append(OxmlElement("w:bCs"))
        if size or cs_size:
            size_cs = OxmlElement("w:szCs")
            size_cs.set(qn("w:val"), str(int((size or BODY_PT) * 2)))
            rpr.append(size_cs)
        rpr.append(OxmlElement("w:rtl"))
        lang_el = OxmlElement("w:lang")
        lang_el.set(qn("w:bidi"), "ar-EG")
        rpr.append(lang_el)
    # python-docx appends in call order; Word wants schema order inside rPr.
    _sort_rpr(rpr)


_RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
]  # fmt: skip


def _sort_rpr(rpr) -> None:
    rank = {qn("w:" + n): i for i, n in enumerate(_RPR_ORDER)}
    children = sorted(rpr, key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        rpr.append(child)


def _set_bidi(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # schema order: pStyle, keepNext, …, bidi comes before spacing/ind/jc; insert after pStyle
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(bidi)
    else:
        ppr.insert(0, bidi)


_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")


_CLASS: dict[str, str | None] = {}  # a character's script for _segments, looked up once


def _char_kind(ch: str) -> str | None:
    found = _CLASS.get(ch, "?")
    if found == "?":
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL", "AN"):
            found = "ar"
        elif bidi == "L":
            found = "en"
        elif bidi == "EN":
            found = "num"
        else:
            found = None
        _CLASS[ch] = found
    return found


@lru_cache(maxsize=8192)  # labels, dates and names repeat across a dossier
def _segments(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into runs by script: ("…", "ar") for Arabic letters (and Arabic-Indic
    digits), ("…", "en") for the rest. The paragraph's direction comes from its section's
    language, never from its content (an English paragraph with an Arabic name stays left to
    right, an Arabic one that starts with a Latin name stays right to left); each run's ``w:rtl``
    comes from its own script, so Word and LibreOffice treat only Arabic as right to left.
    Spaces and punctuation between two runs of one script belong to it; between two scripts
    they take the paragraph's language, and so do those at either end and the isolate controls
    around an embedded run (content.py's FSI … PDI)."""
    kinds = [_char_kind(ch) for ch in text]
    strong = {"en" if k == "num" else k for k in kinds if k}
    if not strong:
        return ((text, lang),) if text else ()
    if len(strong) == 1 and (lang == "en" or "num" not in kinds):
        return ((text, strong.pop()),)
    # Resolve each neutral stretch from its neighbours.
    resolved: list[str] = []
    i, n = 0, len(kinds)
    while i < n:
        kind = kinds[i]
        if kind:
            resolved.append(kind)
            i += 1
            continue
        j = i
        while j < n and not kinds[j]:
            j += 1
        before = resolved[-1] if resolved else None
        after = kinds[j] if j < n else None
        side: str
        stretch = text[i:j]
        if before == after == "num":
            # One separator inside a number (2020/1337, 1.5) stays with it, as UAX #9 rule W4
            # joins them; a wider gap between numbers (a list) takes the paragraph's language.
            one = len(stretch) == 1 and unicodedata.bidirectional(stretch) in ("CS", "ES")
            side = "num" if one else lang
        elif before and before == after and not any(ch in _ISOLATES for ch in stretch):
            side = before
        else:
            side = lang
        resolved.extend([side] * (j - i))
        i = j
    scripts = ["en" if k == "num" else k for k in resolved]
    runs: list[tuple[str, str]] = []
    start = 0
    for k in range(1, n + 1):
        if k == n or scripts[k] != scripts[start]:
            runs.append((text[start:k], scripts[start]))
            start = k
    return tuple(runs)


def _slow_add_text(
    container,
    text: str,
    lang: str,
    *,
    style: str | None = None,
    bold: bool = False,
    size: float | None = None,
    align_center: bool = False,
    segments: Sequence[tuple[str, str]] | None = None,
):
    """A paragraph of ``text`` in ``lang`` with the right direction properties."""
    paragraph = container.add_paragraph(style=style) if style else container.add_paragraph()
    if lang == "ar":
        _set_bidi(paragraph)
    if align_center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styled = style is not None and (style.startswith("Heading") or style == "Title")
    for piece, run_lang in segments or _segments(text, lang) or (("", lang),):
        run = paragraph.add_run(piece)
        _set_run_lang(run, run_lang, bold=bold, size=size, cs_size=not styled)
    return paragraph


def _fill_cell(
    cell,
    text: str,
    lang: str,
    bold: bool = False,
    segments: Sequence[tuple[str, str]] | None = None,
) -> None:
    cell.text = ""
    paragraph = cell.paragraphs[0]
    for empty in paragraph._p.findall(qn("w:r")):  # python-docx leaves an empty run behind
        paragraph._p.remove(empty)
    if lang == "ar":
        _set_bidi(paragraph)
    for piece, run_lang in segments or _segments(text, lang) or (("", lang),):
        run = paragraph.add_run(piece)
        _set_run_lang(run, run_lang, bold=bold, size=BODY_PT - 1)


def _slow_add_table(
    container,
    header: list[str] | None,
    rows: list[list[str]],
    lang: str,
    widths: list[float] | None = None,
):
    ncols = len(header) if header else max(len(r) for r in rows)
    table = container.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    if lang == "ar":
        tbl_pr = table._tbl.tblPr
        # schema order: tblStyle, tblpPr, tblOverlap, bidiVisual, …, tblW, …, tblLook
        style = tbl_pr.find(qn("w:tblStyle"))
        visual = OxmlElement("w:bidiVisual")
        if style is not None:
            style.addnext(visual)
        else:
            tbl_pr.insert(0, visual)
    if header:
        added = table.add_row()
        _row_props(added._tr, header=True)
        for cell, text in zip(added.cells, header, strict=True):
            _fill_cell(cell, text, lang, bold=True)
    for row in rows:
        added = table.add_row()
        _row_props(added._tr, header=False)
        cells = added.cells
        for i, cell in enumerate(cells):
            _fill_cell(cell, row[i] if i < len(row) else "", lang, bold=(header is None and i == 0))
    if widths:
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=False):
                cell.width = Cm(width)
        _set_widths(table._tbl, widths)
    return table


def _set_widths(tbl, widths: list[float]) -> None:
    """Column widths (cm) that every reader keeps: the grid, the table's width and a fixed
    layout (LibreOffice lays a table out from its grid, not from its cells' widths)."""
    grid = tbl.find(qn("w:tblGrid"))
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    tbl_pr = tbl.find(qn("w:tblPr"))
    tbl_w = tbl_pr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(int(Cm(sum(widths)).twips)))
    if tbl_pr.find(qn("w:tblLayout")) is None:
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        look = tbl_pr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(layout)
        else:
            tbl_pr.append(layout)


def _row_props(tr, header: bool) -> None:
    """Rows never split across pages; a heading row repeats at the top of each page."""
    tr_pr = tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header and tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(OxmlElement("w:tblHeader"))


# --- speed -----------------------------------------------------------------------------------
# python-docx finds the body's sectPr by scanning every child on each insertion (quadratic in
# the dossier's length) and resolves style names and builds each run property by property. A
# dossier repeats a handful of shapes: each paragraph, table and cell shape is made once by the
# code above, then copied with lxml and given its text. The XML is the same, byte for byte.

W_T = qn("w:t")
W_R = qn("w:r")
W_P = qn("w:p")
XML_SPACE = qn("xml:space")


def _plain(text: str) -> bool:
    """Text that python-docx writes as one w:t (tabs and line breaks become elements)."""
    return not any(ch in text for ch in "\t\n\r")


def _set_text(element, text: str) -> None:
    t = next(element.iter(W_T))
    if not text:  # python-docx writes no w:t for an empty run
        t.getparent().remove(t)
        return
    t.text = text
    if len(text.strip()) < len(text):
        t.set(XML_SPACE, "preserve")


def _body_append(doc, element) -> None:
    doc.element.body[-1].addprevious(element)  # the body's last child is its sectPr


class _Shapes:
    """Paragraph, table and cell shapes of one document, made once each."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.cache: dict[tuple, object] = {}

    def _made(self, key, make):
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = make()
        return found

    def paragraph(self, lang, run_lang, style, bold, size, align_center):
        def make():
            p = _slow_add_text(
                self.doc,
                "x",
                lang,
                style=style,
                bold=bold,
                size=size,
                align_center=align_center,
                segments=[("x", run_lang)],
            )._p
            p.getparent().remove(p)
            return p

        return self._made(("p", lang, run_lang, style, bold, size, align_center), make)

    def table(self, lang, ncols):
        def make():
            tbl = _slow_add_table(self.doc, None, [["x"] * ncols], lang)._tbl
            tbl.getparent().remove(tbl)
            for tr in tbl.findall(qn("w:tr")):
                tbl.remove(tr)
            return tbl

        return self._made(("tbl", lang, ncols), make)

    def cell(self, lang, run_lang, bold, ncols, width):
        def base():
            # One table made by python-docx per column count (slow: it resolves the style by
            # name); each cell shape is a copy of its first cell, filled as _fill_cell fills it.
            tbl = _slow_add_table(self.doc, None, [["x"] * ncols], "en")._tbl
            tbl.getparent().remove(tbl)
            return tbl.find(qn("w:tr")).find(qn("w:tc"))

        def make():
            tc = deepcopy(self._made(("tc-base", ncols), base))
            cell = _Cell(tc, None)  # no table needed to fill it
            _fill_cell(cell, "x", lang, bold=bold, segments=[("x", run_lang)])
            if width is not None:
                cell.width = Cm(width)
            return tc

        return self._made(("tc", lang, run_lang, bold, ncols, width), make)

    def row(self, ncols):
        def make():
            tbl = _slow_add_table(self.doc, None, [["x"] * ncols], "en")._tbl
            tbl.getparent().remove(tbl)
            tr = tbl.find(qn("w:tr"))
            for tc in tr.findall(qn("w:tc")):
                tr.remove(tc)
            return tr

        return self._made(("tr", ncols), make)


def _shapes(doc) -> _Shapes:
    found = getattr(doc, "_dossier_shapes", None)
    if found is None:
        found = doc._dossier_shapes = _Shapes(doc)
    return found


def add_text(
    container,
    text: str,
    lang: str,
    *,
    style: str | None = None,
    bold: bool = False,
    size: float | None = None,
    align_center: bool = False,
):
    """A paragraph of ``text`` in ``lang`` with the right direction properties."""
    if not _plain(text) or not isinstance(container, DocumentObject):
        return _slow_add_text(
            container, text, lang, style=style, bold=bold, size=size, align_center=align_center
        )
    shapes = _shapes(container)
    segments = _segments(text, lang) or (("", lang),)
    first, first_lang = segments[0]
    p = deepcopy(shapes.paragraph(lang, first_lang, style, bold, size, align_center))
    _set_text(p, first)
    for piece, run_lang in segments[1:]:
        shape = shapes.paragraph(lang, run_lang, style, bold, size, align_center)
        run = deepcopy(shape.find(W_R))
        _set_text(run, piece)
        p.append(run)
    _body_append(container, p)
    return Paragraph(p, container)


def add_table(
    container,
    header: list[str] | None,
    rows: list[list[str]],
    lang: str,
    widths: list[float] | None = None,
):
    """A table appended to a Document's body, in the shape ``_slow_add_table`` gives it."""
    if not isinstance(container, DocumentObject):
        return _slow_add_table(container, header, rows, lang, widths)
    ncols = len(header) if header else max(len(r) for r in rows)
    shapes = _shapes(container)
    tbl = deepcopy(shapes.table(lang, ncols))
    all_rows = ([header] if header else []) + rows
    for r, row in enumerate(all_rows):
        tr = deepcopy(shapes.row(ncols))
        _row_props(tr, header=bool(header) and r == 0)
        for i in range(ncols):
            text = row[i] if i < len(row) else ""
            bold = r == 0 if header else (header is None and i == 0)
            width = widths[i] if widths and i < len(widths) else None
            segments = _segments(text, lang) or (("", lang),)
            tc = deepcopy(shapes.cell(lang, segments[0][1], bold, ncols, width))
            if _plain(text):
                _set_text(tc, segments[0][0])
                paragraph = tc.find(W_P)
                for piece, run_lang in segments[1:]:
                    run = deepcopy(
                        shapes.cell(lang, run_lang, bold, ncols, width).find(f"{W_P}/{W_R}")
                    )
                    _set_text(run, piece)
                    paragraph.append(run)
            else:
                _refill(tc, text, lang, bold)
            tr.append(tc)
        tbl.append(tr)
    if widths:
        _set_widths(tbl, widths)
    _body_append(container, tbl)
    return Table(tbl, container)


def _refill(tc, text: str, lang: str, bold: bool) -> None:
    width = tc.tcPr.tcW if tc.tcPr is not None else None
    _fill_cell(_Cell(tc, None), text, lang, bold=bold)  # type: ignore[arg-type]  # no table needed
    if width is not None and tc.tcPr.tcW is None:
        tc.tcPr.append(width)


def _bookmark(paragraph, name: str, ident: int) -> None:
    """A bookmark around the paragraph's runs (a contents entry links to it)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p = paragraph._p
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def _contents_entry(doc, text: str, lang: str, bookmark: str) -> None:
    """One contents line that reads without a field update: the name, a link to its part,
    and the part's page number as a PAGEREF field. LibreOffice lays the reference out on
    opening; Word fills it on opening too (``w:updateFields`` in the settings, see
    ``_update_fields_on_open``) and on printing."""
    paragraph = add_text(doc, text, lang)
    p = paragraph._p
    ppr = p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    # The page number at the line's far end (from the right edge in an Arabic paragraph).
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(int(Cm(16.9).twips)))
    tabs.append(tab)
    style = ppr.find(qn("w:pStyle"))  # schema order: pStyle, …, tabs, …, bidi, …, jc
    if style is not None:
        style.addnext(tabs)
    else:
        ppr.insert(0, tabs)
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    for run in p.findall(W_R):
        link.append(run)
    p.append(link)
    template = deepcopy(p.find(f"{qn('w:hyperlink')}/{W_R}"))
    for child in list(template):
        if child.tag != qn("w:rPr"):
            template.remove(child)
    rpr = template.find(qn("w:rPr"))
    if rpr is not None:  # digits and the tab: never marked right to left
        for tag in ("w:rtl", "w:lang", "w:bCs", "w:szCs"):
            for el in rpr.findall(qn(tag)):
                rpr.remove(el)

    def run_with(*children) -> None:
        run = deepcopy(template)
        for child in children:
            run.append(child)
        p.append(run)

    run_with(OxmlElement("w:tab"))
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" PAGEREF {bookmark} \\h "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _bookmark_name(lang: str, number: int) -> str:
    return f"profile_{lang}_{number}"


def _update_fields_on_open(doc) -> None:
    """Ask Word to update the fields (the contents' page numbers) when the file is opened."""
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    # Word refuses a settings part out of schema order: updateFields comes before these.
    later = {qn("w:" + name) for name in _AFTER_UPDATE_FIELDS} | {
        qn("m:mathPr"),
        "{http://schemas.openxmlformats.org/schemaLibrary/2006/main}schemaLibrary",
    }
    follower = next((child for child in settings if child.tag in later), None)
    if follower is not None:
        follower.addprevious(update)
    else:
        settings.append(update)


_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)  # fmt: skip


def _header(section, level: str, langs: tuple[str, ...], header=None) -> None:
    """The export level at the top of every page (of ``header``: the section's by default)."""
    header = header or section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    first.text = ""
    for i, lang in enumerate(langs):
        paragraph = first if i == 0 else header.add_paragraph()
        if lang == "ar":
            _set_bidi(paragraph)
        run = paragraph.add_run(level_line(level, lang))
        _set_run_lang(run, lang, size=8)


def _field_run(paragraph, instruction: str, lang: str) -> None:
    """A field (PAGE, NUMPAGES) with a cached "1" so that it reads even before an update."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    cached = paragraph.add_run("1")
    _set_run_lang(cached, lang, size=8)
    end = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end._r.append(char)


def _footer(section, langs: tuple[str, ...]) -> None:
    """ "Page N of M" in the footer of every page."""
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lang = langs[0]
    if lang == "ar":
        _set_bidi(paragraph)
    before, between = s("page_of", lang).split("{n}")
    between, after = between.split("{m}")
    for piece, field in ((before, "PAGE"), (between, "NUMPAGES"), (after, None)):
        if piece:
            run = paragraph.add_run(piece)
            _set_run_lang(run, lang, size=8)
        if field:
            _field_run(paragraph, field, lang)


def _scrub_properties(doc) -> None:
    props = doc.core_properties
    props.author = ""
    props.comments = ""
    props.last_modified_by = ""
    props.title = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.identifier = ""
    props.revision = 1
    # python-docx's template dates (and python's now()) would say when and with what it was made.
    core = props._element
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for el in core.findall(qn(tag)):
            core.remove(el)


def _setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(BODY_PT)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), ARABIC_FONT)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(BODY_PT * 2))
    rpr.append(size_cs)
    _sort_rpr(rpr)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        style.font.name = LATIN_FONT
        style_rpr = style.element.get_or_add_rPr()
        fonts = style_rpr.find(qn("w:rFonts"))
        if fonts is not None:
            fonts.set(qn("w:cs"), ARABIC_FONT)
        # Complex-script text takes szCs/bCs, not sz/b: mirror them so Arabic headings match.
        size = style_rpr.find(qn("w:sz"))
        if size is not None and style_rpr.find(qn("w:szCs")) is None:
            size_cs = OxmlElement("w:szCs")
            size_cs.set(qn("w:val"), size.get(qn("w:val")))
            style_rpr.append(size_cs)
        if style_rpr.find(qn("w:b")) is not None and style_rpr.find(qn("w:bCs")) is None:
            style_rpr.append(OxmlElement("w:bCs"))
        _sort_rpr(style_rpr)


def _keep_with_next(paragraph) -> None:
    """A title stays on the page of what follows it (a case's lines, a sessions table)."""
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:keepNext")) is None:
        keep = OxmlElement("w:keepNext")
        style = ppr.find(qn("w:pStyle"))  # schema order: pStyle, keepNext, …
        if style is not None:
            style.addnext(keep)
        else:
            ppr.insert(0, keep)


def _profile_part(
    doc, view: ProfileView, bookmark: tuple[str, int] | None = None, new_page: bool = False
) -> None:
    """One language's part of a profile; ``bookmark`` (name, id) marks its heading for the
    contents; ``new_page`` starts it on a page of its own (after the first pages)."""
    lang = view.lang
    if view.first_page is None:
        heading = add_text(doc, view.name, lang, style="Heading 1")
        if bookmark:
            _bookmark(heading, *bookmark)
    else:  # the first page (docx_media) holds the heading, its bookmark and the photo
        heading = add_text(doc, view.name, lang, bold=True, size=15)
    if new_page:
        heading.paragraph_format.page_break_before = True
    if view.photo and view.first_page is None:
        # doc.paragraphs lists the whole body on every call: keep the paragraph we made instead.
        paragraph = doc.add_paragraph()
        if lang == "ar":
            _set_bidi(paragraph)
        # A fixed 4 × 5 cm box; the photo keeps its aspect ratio inside it (tall or wide).
        with Image.open(io.BytesIO(view.photo)) as image:
            width, height = image.size
        scale = min(4 / width, 5 / height)
        paragraph.add_run().add_picture(
            io.BytesIO(view.photo), width=Cm(width * scale), height=Cm(height * scale)
        )
    add_text(doc, s("identity", lang), lang, style="Heading 2")
    add_table(doc, None, [[k, v] for k, v in view.identity], lang, widths=IDENTITY_WIDTHS)
    add_text(doc, s("facts", lang), lang, style="Heading 2")
    for warning in view.warnings:
        add_text(doc, f"{s('warning', lang)}: {warning}", lang, bold=True)
    if view.as_of:
        add_text(doc, view.as_of, lang)
    add_table(doc, None, [[k, v] for k, v in view.facts], lang, widths=[6, 11])
    if view.bio:
        add_text(doc, s("bio", lang), lang, style="Heading 2")
        add_text(doc, view.bio, lang)
    if view.detentions:
        add_text(doc, s("detentions", lang), lang, style="Heading 2")
        for episode in view.detentions:
            add_table(doc, None, [[k, v] for k, v in episode], lang, widths=IDENTITY_WIDTHS)
            add_text(doc, "", lang)
    if view.cases:
        add_text(doc, s("cases", lang), lang, style="Heading 2")
        for case in view.cases:
            _keep_with_next(add_text(doc, case.title, lang, bold=True))
            for key, value in case.lines:
                add_text(doc, f"{key}: {value}", lang)
            if case.charges:
                add_text(doc, s("charges", lang) + ":", lang)
                for charge in case.charges:
                    add_text(doc, charge, lang, style="List Bullet")
    if view.sessions:
        add_text(doc, s("sessions", lang), lang, style="Heading 2")
        for title, session_rows in view.sessions:
            _keep_with_next(add_text(doc, title, lang, bold=True))
            add_table(doc, view.sessions_header, session_rows, lang, widths=[3.5, 4.5, 5.5, 3.5])
    if view.events:
        add_text(doc, s("events", lang), lang, style="Heading 2")
        add_table(doc, None, [[w, t] for w, t in view.events], lang, widths=[4.5, 12.5])
    if view.sources:
        add_text(doc, s("sources", lang), lang, style="Heading 2")
        for number, source in enumerate(view.sources, 1):
            add_text(doc, f"[{number}] {source}", lang)
    if view.documents:
        add_text(doc, s("documents", lang), lang, style="Heading 2")
        for caption in view.documents:
            add_text(doc, caption, lang, style="List Bullet")


def write_docx(
    views: Sequence[Sequence[ProfileView]],
    out: Path,
    *,
    langs: tuple[str, ...],
    level: str,
    issued: date,
    campaign_line: dict,
    progress=None,
    options: DossierOptions | None = None,
    statistics=None,
) -> None:
    """Write the dossier; ``views`` holds, per profile, one view per language in print order.
    ``statistics`` (core.statistics figures of the selection) adds the statistics section."""
    options = options or DossierOptions()
    doc = Document()
    _setup_styles(doc)
    _scrub_properties(doc)
    first = doc.sections[0]
    first.page_height, first.page_width = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin"):
        setattr(first, margin, Cm(2))
    _header(first, level, langs)
    _footer(first, langs)
    # The cover has the level at its top but no page number.
    first.different_first_page_header_footer = True
    _header(first, level, langs, header=first.first_page_header)

    # Cover page
    for lang in langs:
        add_text(doc, s("title", lang), lang, style="Title", align_center=True)
    for lang in langs:
        ad = options.arabic_digits
        issued_text = iso(issued.isoformat(), lang, ad)
        add_text(doc, f"{s('date', lang)}: {issued_text}", lang, align_center=True)
        add_text(doc, level_line(level, lang), lang, align_center=True, bold=True)
        count = wording.digits(str(len(views)), lang, ad)
        add_text(doc, f"{s('count', lang)}: {count}", lang, align_center=True)
        if options.organisation.get(lang):
            organisation = options.organisation[lang]
            add_text(doc, f"{s('organisation', lang)}: {organisation}", lang, align_center=True)
        if options.contact:
            add_text(doc, f"{s('contact', lang)}: {options.contact}", lang, align_center=True)
    for lang in langs:
        if campaign_line.get(lang):
            add_text(doc, campaign_line[lang], lang, align_center=True, bold=True, size=14)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ``views`` may build each profile's views on demand (dispatch): one pass here for the
    # contents and the summary rows, one for the profiles' parts, none kept.
    names, summary = contents_rows(views, langs)

    # Contents: a static list that reads without an update, each entry linked to its part
    # with the part's page number as a reference field.
    _update_fields_on_open(doc)
    for lang in langs:
        add_text(doc, s("contents", lang), lang, style="Heading 2")
        for i, name in enumerate(names[lang], 1):
            number = wording.digits(str(i), lang, options.arabic_digits)
            _contents_entry(doc, f"{number}. {name}", lang, _bookmark_name(lang, i))

    # Summary table
    for lang in langs:
        add_text(doc, s("summary", lang), lang, style="Heading 2")
        header = [s(k, lang) for k in ("name", "status", "days", "facility", "case_numbers")]
        add_table(doc, header, summary[lang], lang, widths=[4.2, 2.8, 2.2, 4.0, 3.8])
    del names, summary

    from profileeditor.export import docx_media  # it builds on this module's helpers

    if statistics is not None:  # issue 14: the selection's figures and charts
        docx_media.statistics_sections(doc, statistics, langs, issued, options.arabic_digits)

    # A bilingual profile opens on a two-page spread, as in the PDF: its section starts on a
    # left-hand (even) page (Word and LibreOffice add a blank page where needed), the Arabic
    # first page there and the English one facing it on the right.
    start = WD_SECTION.EVEN_PAGE if len(langs) > 1 else WD_SECTION.NEW_PAGE
    body = _StreamedBody(doc)
    for i in range(len(views)):
        per_lang = views[i]
        section = doc.add_section(start)
        section.different_first_page_header_footer = False  # only the cover's differs
        _header(section, level, langs)
        marks = [(_bookmark_name(v.lang, i + 1), 2 * i + (v.lang == "en")) for v in per_lang]
        docx_media.first_pages(doc, per_lang, options.timelines, marks)
        after_first_pages = any(v.first_page is not None for v in per_lang)
        for index, (view, mark) in enumerate(zip(per_lang, marks, strict=True)):
            _profile_part(doc, view, bookmark=mark, new_page=after_first_pages and index == 0)
        body.flush()
        if progress:
            progress(i + 1)
    _save(doc, out, body.document_xml())


class _StreamedBody:
    """The profiles' part of the document body, taken out of the tree as it is written.

    python-docx holds the whole document as lxml elements (some 30 times the XML's size): at
    500 bilingual profiles that was most of the writer's memory. After each profile its body
    elements are serialised, deflated into a buffer and removed from the tree, so the tree holds
    one profile at a time and the buffer the compressed XML; ``document_xml`` puts the whole
    document.xml together for the file."""

    MARK = b"<!--profiles-->"

    def __init__(self, doc) -> None:
        self._body = doc.element.body
        self._doc = doc
        self._mark = etree.Comment("profiles")
        self._body[-1].addprevious(self._mark)  # the body's last child is its sectPr
        self._spool = io.BytesIO()
        self._deflate = zlib.compressobj(1)

    def flush(self) -> None:
        done = []
        element = self._mark.getnext()
        while element is not None and element.tag != qn("w:sectPr"):
            done.append(element)
            element = element.getnext()
        for element in done:
            self._spool.write(self._deflate.compress(etree.tostring(element, encoding="utf-8")))
            self._body.remove(element)

    def document_xml(self) -> bytes:
        whole = serialize_part_xml(self._doc.element)
        head, tail = whole.split(self.MARK)
        self._spool.write(self._deflate.flush())
        return head + zlib.decompress(self._spool.getvalue()) + tail


_STORED = (".png", ".jpeg", ".jpg", ".gif")  # already compressed: deflating them again is waste


def _save(doc, out: Path, document_xml: bytes) -> None:
    """The package (as python-docx's PackageWriter writes it) with ``document_xml`` as the main
    document, every entry at the zip epoch (no time of day: ooxml.py), core.xml without dates
    or names, and pictures stored rather than deflated a second time."""
    package = doc.part.package
    parts = list(package.iter_parts())

    with zipfile.ZipFile(out, "w") as target:

        def put(name: str, data: bytes) -> None:
            entry = zipfile.ZipInfo(name.lstrip("/"), date_time=ooxml.ZIP_EPOCH)
            entry.external_attr = 0o644 << 16
            stored = name.lower().endswith(_STORED)
            entry.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            target.writestr(entry, data)

        put(CONTENT_TYPES_URI, _ContentTypesItem.from_parts(parts).blob)
        put(PACKAGE_URI.rels_uri, package.rels.xml)
        for part in parts:
            if part is doc.part:
                data = document_xml
            elif part.partname == "/docProps/core.xml":
                data = ooxml.scrub_core(part.blob)
            else:
                data = part.blob
            put(part.partname, data)
            if len(part.rels):
                put(part.partname.rels_uri, part.rels.xml)
