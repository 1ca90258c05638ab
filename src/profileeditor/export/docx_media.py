"""The media pages of the Word dossier: each profile's first page (photo beside the key facts,
a summary, the timeline as a picture) and the statistics section, as pdf_media draws them in
the PDF.

Paragraphs get their direction from docx.py's helpers (``w:bidi``, ``w:rtl``, complex-script
fonts) so that Word and LibreOffice shape and order the text themselves. The timeline is
DrawingML shapes (timeline_drawingml) drawn from export/timeline.py's layout: vector, its labels
text, and no picture to carry metadata. It was a PNG, and drawing and encoding a thousand of
them doubled a 500-profile bilingual dossier's time (bench/media_kit.py).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence

from docx.enum.text import WD_BREAK
from docx.image.image import Image as DocxImage
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_Tbl
from docx.parts.image import ImagePart
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from PIL import Image

from profileeditor.export import timeline_drawingml
from profileeditor.export.content import ProfileView
from profileeditor.export.docx import (
    _body_append,
    _bookmark,
    _row_props,
    _set_widths,
    _slow_add_text,
    add_text,
)
from profileeditor.export.strings import s

PHOTO_CM = (4.2, 5.25)
MUTED = RGBColor(95, 105, 118)
ACCENT = RGBColor(30, 60, 110)
TEXT_WIDTH_CM = 17.0
CHART_CM = 9.0
# The timeline's box on the first page: the page's width, at most this tall. A record whose
# labels take many rows is drawn smaller rather than pushing the page over (issue 14 §5).
TIMELINE_MAX_CM = 4.0
# Noto Naskh Arabic's line is 1.7 em (its descent is deep), Noto Sans's 1.36: at the same
# size an Arabic panel ran a third taller than the English one, off its page. The first
# page's Arabic lines are set closer (a proportion of the font's line; its letters' ink
# stays inside the narrower line).
ARABIC_FIRST_PAGE_LINE = 0.9


def _first_page_lines(paragraph, lang: str) -> None:
    if lang == "ar":
        paragraph.paragraph_format.line_spacing = ARABIC_FIRST_PAGE_LINE


# Drawing ids of the pictures placed here, far above python-docx's own (which it finds by
# reading every id in the document for each picture: quadratic over a dossier's thousand
# pictures, 25 times the dossier's time at 500 bilingual profiles).
_FIRST_SHAPE_ID = 1_000_000


def _picture(doc, paragraph, data: bytes, width, height=None) -> None:
    """``data`` (PNG or JPEG bytes) as an inline picture at the end of ``paragraph``.

    The image part is named here too: python-docx's get_or_add_image looks for a free
    "imageN" number by testing each number against a list of all of them (cubic over a
    dossier's pictures). Every picture here is a new one, so there is nothing to share."""
    ids = doc.__dict__.setdefault("_media_shape_ids", itertools.count(_FIRST_SHAPE_ID))
    number = next(ids)
    image = DocxImage.from_blob(data)
    part = ImagePart.from_image(image, PackURI(f"/word/media/kit{number}.{image.ext}"))
    r_id = doc.part.relate_to(part, RT.IMAGE)
    cx, cy = image.scaled_dimensions(width, height)
    inline = CT_Inline.new_pic_inline(number, r_id, image.filename, cx, cy)
    paragraph.add_run()._r.add_drawing(inline)


def first_pages(
    doc,
    views: Sequence[ProfileView],
    timelines: bool = True,
    marks: Sequence | None = None,
) -> None:
    """The first page of one profile in each of its languages, one after the other, each on
    a page of its own: the second one's heading starts a new page (the section starts the
    first), and so does what follows them (docx._profile_part). A break is a property of the
    next paragraph, not a paragraph of its own after the page's content, which LibreOffice
    may set on the next page, leaving it blank. ``marks`` holds each view's contents
    bookmark (name, id), set on its heading."""
    placed = 0
    for index, view in enumerate(views):
        if view.first_page is not None:
            _first_page(doc, view, timelines, marks[index] if marks else None, placed > 0)
            placed += 1


def _no_borders(tbl) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    # schema order: … tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout, … tblLook
    look = tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)
    else:
        tbl.tblPr.append(borders)


def _first_page(doc, view: ProfileView, timelines: bool, mark, new_page: bool) -> None:
    lang = view.lang
    fp = view.first_page
    assert fp is not None
    heading = add_text(doc, view.name, lang, style="Heading 1")
    # The style's 24 pt before the heading is room the page's top needs not (and Word leaves
    # out at a page's top, LibreOffice does not): a name of two lines takes it instead.
    heading.paragraph_format.space_before = Pt(0)
    if new_page:
        heading.paragraph_format.page_break_before = True
    if mark:
        _bookmark(heading, *mark)
    # Photo and key facts side by side: a borderless two-column table, mirrored in Arabic.
    panel_cm = TEXT_WIDTH_CM - PHOTO_CM[0] - 0.6
    tbl = CT_Tbl.new_tbl(1, 2, Cm(TEXT_WIDTH_CM))
    _body_append(doc, tbl)
    table = Table(tbl, doc._body)
    _no_borders(tbl)
    _row_props(tbl.tr_lst[0], header=False)  # the photo and its facts never split
    if lang == "ar":
        tbl.tblPr.insert(0, OxmlElement("w:bidiVisual"))  # first in tblPr's schema order
    widths = [PHOTO_CM[0] + 0.6, panel_cm]
    _set_widths(tbl, widths)  # the grid, the table's width and a fixed layout
    photo_cell, facts_cell = table.rows[0].cells
    photo_cell.width, facts_cell.width = Cm(widths[0]), Cm(widths[1])
    paragraph = photo_cell.paragraphs[0]
    if view.photo:
        with Image.open(io.BytesIO(view.photo)) as image:
            width, height = image.size
        scale = min(PHOTO_CM[0] / width, PHOTO_CM[1] / height)
        _picture(doc, paragraph, view.photo, Cm(width * scale), Cm(height * scale))
    facts_cell.paragraphs[0]._p.getparent().remove(facts_cell.paragraphs[0]._p)
    heading = _slow_add_text(facts_cell, s("key_facts", lang), lang, bold=True, size=12)
    heading.runs[0].font.color.rgb = ACCENT
    for key, value in fp.rows:
        label = _slow_add_text(facts_cell, key, lang, bold=True, size=8)
        label.runs[0].font.color.rgb = MUTED
        label.paragraph_format.space_after = Pt(0)
        label.paragraph_format.keep_with_next = True
        _first_page_lines(label, lang)
        # A paragraph for each line of a value (the cases): LibreOffice spaces the lines after
        # a line break inside a paragraph unlike its first line.
        lines = value.split("\n")
        for number, line in enumerate(lines, 1):
            shown = _slow_add_text(facts_cell, line, lang, size=10)
            shown.paragraph_format.space_after = Pt(3 if number == len(lines) else 0)
            _first_page_lines(shown, lang)
    if fp.summary:
        summary = add_text(doc, fp.summary, lang, size=10)
        summary.paragraph_format.space_before = Pt(10)
        _first_page_lines(summary, lang)
    tl = fp.timeline if timelines else None
    if tl is not None:
        add_text(doc, s("timeline", lang), lang, style="Heading 2")
        # A left-to-right paragraph: LibreOffice mirrors a group's shapes in a right-to-left one
        # (the layout has already put time right to left).
        paragraph = add_text(doc, "", "en", align_center=True)
        ids = doc.__dict__.setdefault("_media_shape_ids", itertools.count(_FIRST_SHAPE_ID))
        described = "; ".join(m.text for m in tl.markers)
        width_cm = min(TEXT_WIDTH_CM, TIMELINE_MAX_CM * tl.width / tl.height)
        paragraph.add_run()._r.append(
            timeline_drawingml.drawing(tl, width_cm, next(ids), described)
        )


def statistics_sections(doc, figures, langs, issued, arabic_digits: bool = False) -> None:
    """The statistics section in each language, each on its own page: headline figures, then
    each chart as a picture followed by its figures."""
    from profileeditor.export import dossier_statistics
    from profileeditor.export.docx import add_table

    for lang in langs:
        section = dossier_statistics.build(figures, lang, issued, arabic_digits)
        add_text(doc, "", lang).add_run().add_break(WD_BREAK.PAGE)
        add_text(doc, section.title, lang, style="Heading 2")
        add_text(doc, section.as_of, lang, size=9)
        add_table(doc, None, [[k, v] for k, v in section.figures], lang, widths=[13, 4])
        for block in section.charts:
            picture = add_text(doc, "", lang)
            picture.paragraph_format.keep_with_next = True
            _picture(doc, picture, block.png(lang, section.as_of), Cm(CHART_CM))
            add_table(doc, None, [[k, v] for k, v in block.rows], lang, widths=[13, 4])
