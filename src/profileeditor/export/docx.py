"""Word dossier (python-docx): cover, table of contents, summary, then a section per profile.

Arabic paragraphs carry their direction explicitly (``w:bidi`` on the paragraph, ``w:rtl``,
complex-script font/size/bold and ``w:lang w:bidi`` on runs, ``w:bidiVisual`` on tables) and the
text stays in logical Unicode order: Word and LibreOffice shape and order it themselves, and a
reshaped (presentation-form) text would break search, copy and screen readers.
"""

from __future__ import annotations

import io
from copy import deepcopy
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from PIL import Image

from profileeditor.core import wording
from profileeditor.export.content import DossierOptions, ProfileView, iso
from profileeditor.export.strings import level_line, s

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


def _text_lang(text: str, lang: str) -> str:
    """The direction of a paragraph comes from its section's language: an English paragraph
    with an Arabic name or digit in it stays left to right (Word and LibreOffice order the
    embedded run themselves). Only a text that is Arabic through and through (the Arabic name
    in the English identity table) runs right to left."""
    if lang == "en":
        arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text)
        latin = sum(ch.isascii() and ch.isalpha() for ch in text)
        if arabic and not latin:
            return "ar"
    return lang


def _slow_add_text(
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
    lang = _text_lang(text, lang)
    paragraph = container.add_paragraph(style=style) if style else container.add_paragraph()
    if lang == "ar":
        _set_bidi(paragraph)
    if align_center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    styled = bool(style) and (style.startswith("Heading") or style == "Title")
    _set_run_lang(run, lang, bold=bold, size=size, cs_size=not styled)
    return paragraph


def _fill_cell(cell, text: str, lang: str, bold: bool = False) -> None:
    cell.text = ""
    lang = _text_lang(text, lang)
    paragraph = cell.paragraphs[0]
    if lang == "ar":
        _set_bidi(paragraph)
    run = paragraph.add_run(text)
    _set_run_lang(run, lang, bold=bold, size=BODY_PT - 1)


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
        tbl_pr.append(OxmlElement("w:bidiVisual"))
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
    return table


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

    def paragraph(self, lang, style, bold, size, align_center):
        def make():
            p = _slow_add_text(
                self.doc, "x", lang, style=style, bold=bold, size=size, align_center=align_center
            )._p
            p.getparent().remove(p)
            return p

        return self._made(("p", lang, style, bold, size, align_center), make)

    def table(self, lang, ncols):
        def make():
            tbl = _slow_add_table(self.doc, None, [["x"] * ncols], lang)._tbl
            tbl.getparent().remove(tbl)
            for tr in tbl.findall(qn("w:tr")):
                tbl.remove(tr)
            return tbl

        return self._made(("tbl", lang, ncols), make)

    def cell(self, lang, bold, ncols, width):
        def make():
            table = _slow_add_table(self.doc, None, [["x"] * ncols], "en")
            tbl = table._tbl
            cell = table.rows[0].cells[0]
            _fill_cell(cell, "x", lang, bold=bold)
            if width is not None:
                cell.width = Cm(width)
            tbl.getparent().remove(tbl)
            return cell._tc

        return self._made(("tc", lang, bold, ncols, width), make)

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
    lang = _text_lang(text, lang)
    p = deepcopy(_shapes(container).paragraph(lang, style, bold, size, align_center))
    _set_text(p, text)
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
            cell_lang = _text_lang(text, lang)
            tc = deepcopy(shapes.cell(cell_lang, bold, ncols, width))
            if _plain(text):
                _set_text(tc, text)
            else:
                _refill(tc, text, lang, bold)
            tr.append(tc)
        tbl.append(tr)
    _body_append(container, tbl)
    return Table(tbl, container)


def _refill(tc, text: str, lang: str, bold: bool) -> None:
    width = tc.tcPr.tcW if tc.tcPr is not None else None
    _fill_cell(_Cell(tc, None), text, lang, bold=bold)
    if width is not None and tc.tcPr.tcW is None:
        tc.tcPr.append(width)


def _add_toc_field(doc, lang: str) -> None:
    """A real TOC field (Word fills it on update) with a hint as its cached result."""
    paragraph = doc.add_paragraph()
    if lang == "ar":
        _set_bidi(paragraph)
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-1" \\h \\z \\u'
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    hint = paragraph.add_run(s("toc_hint", lang))
    _set_run_lang(hint, lang, size=BODY_PT - 2)
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)


def _header(section, level: str, langs: tuple[str, ...]) -> None:
    section.header.is_linked_to_previous = False
    header = section.header
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


def _profile_part(doc, view: ProfileView) -> None:
    lang = view.lang
    add_text(doc, view.name, lang, style="Heading 1")
    if view.photo:
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
    add_table(doc, None, [[k, v] for k, v in view.identity], lang, widths=[4.5, 11.5])
    add_text(doc, s("facts", lang), lang, style="Heading 2")
    for warning in view.warnings:
        add_text(doc, f"{s('warning', lang)}: {warning}", lang, bold=True)
    if view.as_of:
        add_text(doc, view.as_of, lang)
    add_table(doc, None, [[k, v] for k, v in view.facts], lang, widths=[6, 10])
    if view.bio:
        add_text(doc, s("bio", lang), lang, style="Heading 2")
        add_text(doc, view.bio, lang)
    if view.detentions:
        add_text(doc, s("detentions", lang), lang, style="Heading 2")
        for rows in view.detentions:
            add_table(doc, None, [[k, v] for k, v in rows], lang, widths=[4.5, 11.5])
            add_text(doc, "", lang)
    if view.cases:
        add_text(doc, s("cases", lang), lang, style="Heading 2")
        for case in view.cases:
            add_text(doc, case.title, lang, bold=True)
            for key, value in case.lines:
                add_text(doc, f"{key}: {value}", lang)
            if case.charges:
                add_text(doc, s("charges", lang) + ":", lang)
                for charge in case.charges:
                    add_text(doc, charge, lang, style="List Bullet")
    if view.sessions:
        add_text(doc, s("sessions", lang), lang, style="Heading 2")
        for title, rows in view.sessions:
            add_text(doc, title, lang, bold=True)
            add_table(doc, view.sessions_header, rows, lang, widths=[3.5, 4.5, 4.5, 3.5])
    if view.events:
        add_text(doc, s("events", lang), lang, style="Heading 2")
        add_table(doc, None, [[w, t] for w, t in view.events], lang, widths=[4.5, 11.5])
    if view.sources:
        add_text(doc, s("sources", lang), lang, style="Heading 2")
        for number, source in enumerate(view.sources, 1):
            add_text(doc, f"[{number}] {source}", lang)
    if view.documents:
        add_text(doc, s("documents", lang), lang, style="Heading 2")
        for caption in view.documents:
            add_text(doc, caption, lang, style="List Bullet")


def write_docx(
    views: list[list[ProfileView]],
    out: Path,
    *,
    langs: tuple[str, ...],
    level: str,
    issued: date,
    campaign_line: dict,
    progress=None,
    options: DossierOptions | None = None,
) -> None:
    """Write the dossier; ``views`` holds, per profile, one view per language in print order."""
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

    # Contents: the field for Word, and a static list that reads without an update.
    for lang in langs:
        add_text(doc, s("contents", lang), lang, style="Heading 2")
        _add_toc_field(doc, lang)
        for i, per_lang in enumerate(views, 1):
            view = next(v for v in per_lang if v.lang == lang)
            add_text(doc, f"{i}. {view.name}", lang)

    # Summary table
    for lang in langs:
        add_text(doc, s("summary", lang), lang, style="Heading 2")
        header = [s(k, lang) for k in ("name", "status", "days", "facility", "case_numbers")]
        rows = []
        for per_lang in views:
            v = next(v for v in per_lang if v.lang == lang)
            rows.append([v.name, v.status, v.days, v.facility, v.case_numbers])
        add_table(doc, header, rows, lang)

    for i, per_lang in enumerate(views):
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        _header(section, level, langs)
        for view in per_lang:
            _profile_part(doc, view)
        if progress:
            progress(i + 1)
    doc.save(str(out))
    from profileeditor.export.ooxml import scrub_package

    scrub_package(out)  # zip entries and core.xml without a time of day
