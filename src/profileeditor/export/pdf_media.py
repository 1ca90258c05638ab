"""The media pages of the PDF dossier: each profile's first page (photo beside the key facts, a
summary, the timeline drawn as vectors) and the statistics section of a multi-profile dossier.

Everything is drawn with the dossier's own text functions (``para``, ``lines``/``render_line``)
so that each line is shaped and gets its ActualText span like every other line of the PDF. The
timeline's geometry is export/timeline.py's layout, scaled from its 1000-unit width to the
page; only the drawing is here. In the structure tree (pdf_tags) the photo, the timeline and
each chart are figures whose alternate description is in the page's language; the photo's
frame and the panel's accent rule are artifacts.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from fpdf.enums import Align, PageLayout

from profileeditor.export import timeline as timeline_mod
from profileeditor.export.content import ProfileView
from profileeditor.export.strings import s

PHOTO_W, PHOTO_H = 42.0, 52.5  # mm, the 4:5 box of the photo
MUTED = (95, 105, 118)
ACCENT = (30, 60, 110)
_PT = 72 / 25.4  # points per millimetre


def photo_alt(view: ProfileView) -> str:
    return s("photo_of", view.lang).format(name=view.name)


def timeline_alt(tl: timeline_mod.Timeline) -> str:
    """The timeline in words: its events in the order of time."""
    rtl = tl.lang == "ar"
    markers = sorted(tl.markers, key=lambda m: -m.x if rtl else m.x)
    return f"{s('timeline', tl.lang)}: " + ("؛ " if rtl else "; ").join(m.text for m in markers)


def chart_alt(block, lang: str) -> str:
    """A chart in words: its title and the figures it draws."""
    figures = ("، " if lang == "ar" else ", ").join(f"{k}: {v}" for k, v in block.rows)
    return f"{block.chart.title}. {figures}" if figures else block.chart.title


def first_pages(pdf, views: Sequence[ProfileView], number: int, timelines: bool = True) -> None:
    """The first page of profile ``number`` in each of its languages.

    In a bilingual dossier the two first pages face each other in a two-page spread: the
    Arabic one starts on a left-hand (even) page and the English one follows it. Each profile
    is then one profile in both languages, never an Arabic copy of the dossier followed by an
    English one.
    """
    if len(views) > 1:
        # Viewers show the pages in pairs as a printed book would: the cover alone, then
        # even pages on the left, odd on the right.
        pdf.page_layout = PageLayout.TWO_COLUMN_RIGHT
    if len(views) > 1 and pdf.page % 2 == 0:
        # The next page would be odd (right-hand): one blank page keeps the pair facing.
        pdf.page_lang = views[0].lang
        pdf.add_page()
    for view in views:
        if view.first_page is None:
            continue
        _first_page(pdf, view, number, timelines)


def _first_page(pdf, view: ProfileView, number: int, timelines: bool) -> None:
    lang = view.lang
    fp = view.first_page
    assert fp is not None
    pdf.page_lang = lang
    pdf.add_page()
    if (lang, number) not in pdf.part_pages:
        pdf.part_pages[(lang, number)] = pdf.page
        pdf.start_section(f"{number}. {view.name}", level=0)
    with pdf.profile_section(lang):
        _first_page_body(pdf, view, fp, timelines)


def _first_page_body(pdf, view: ProfileView, fp, timelines: bool) -> None:
    lang = view.lang
    rtl = lang == "ar"
    tags = pdf.tags
    pdf.set_text_color(*ACCENT)
    pdf.para(view.name, lang, size=20, bold=True, h=10, role="H1")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    top = pdf.get_y()
    box_x = pdf.w - pdf.r_margin - PHOTO_W if rtl else pdf.l_margin
    with tags.artifact(), pdf.local_context(draw_color=(190, 196, 204), line_width=0.3):
        pdf.rect(box_x, top, PHOTO_W, PHOTO_H)
    if view.photo:
        # The photo keeps its aspect ratio inside its box (tall or wide).
        with tags.content("Figure", alt=photo_alt(view)):
            pdf.image(
                io.BytesIO(view.photo),
                x=box_x,
                y=top,
                w=PHOTO_W,
                h=PHOTO_H,
                keep_aspect_ratio=True,
            )
    # The key-facts panel beside the photo: the page's margins narrowed to its column.
    left, right = pdf.l_margin, pdf.r_margin
    gutter = PHOTO_W + 7
    if rtl:
        pdf.set_right_margin(right + gutter)
    else:
        pdf.set_left_margin(left + gutter)
    pdf.set_xy(pdf.l_margin, top)
    first_page = pdf.page
    pdf.set_text_color(*ACCENT)
    pdf.para(s("key_facts", lang), lang, size=11, bold=True, h=6, role="H2")
    with tags.group("Table"):
        for key, value in fp.rows:
            with tags.group("TR"):
                pdf.set_text_color(*MUTED)
                with tags.content("TH", scope="Row"):
                    pdf.para(key, lang, size=8, bold=True, h=4.4)
                pdf.set_text_color(0, 0, 0)
                pdf.para(value, lang, size=9.5, h=5, role="TD")
            pdf.ln(1.2)
    bottom = pdf.get_y()
    # An accent rule along the panel's inner edge, from its top to its last line; a panel that
    # runs on to the next page has it there too, from the top margin.
    rule_x = pdf.w - pdf.r_margin + 3 if rtl else pdf.l_margin - 3.8
    for page in range(first_page, pdf.page + 1):
        start = top if page == first_page else pdf.t_margin
        end = bottom if page == pdf.page else pdf.h - pdf.b_margin
        if end > start:
            accent = pdf.local_context(fill_color=(236, 179, 64))
            with pdf.on_page(page), tags.artifact(), accent:
                pdf.rect(rule_x, start, 0.8, end - start, style="F")
    pdf.set_left_margin(left)
    pdf.set_right_margin(right)
    below_photo = top + PHOTO_H if pdf.page == first_page else 0
    pdf.set_xy(left, max(bottom, below_photo) + 5)
    if fp.summary:
        pdf.para(fp.summary, lang, size=10.5, h=6)
        pdf.ln(3)
    tl = fp.timeline if timelines else None
    if tl is not None:
        pdf.heading(s("timeline", lang), lang, size=12)
        with tags.content("Figure", alt=timeline_alt(tl)):
            draw_timeline(pdf, tl)


def _text(pdf, x: float, y: float, w: float, text: str, lang: str, size: float, align: Align):
    """One line of ``text`` in a box ``w`` wide at (x, y), through the dossier's line drawing."""
    pdf.use(lang, size)
    pdf.set_xy(x, y)
    lines = pdf.lines(text, w, align)
    if lines is None or len(lines) != 1:
        pdf.cell(w, size / _PT * 1.3, text, align=align)
        return
    pdf.render_line(lines[0], size / _PT * 1.3, last=False, layer=False)  # see render_line


def draw_timeline(pdf, tl: timeline_mod.Timeline) -> None:
    """``tl`` (export/timeline.py's shapes) as vector drawing across the text width."""
    lang = tl.lang
    k = pdf.epw / tl.width  # mm per layout unit
    height = tl.height * k
    pdf.break_page_if_needed(height)
    x0, y0 = pdf.l_margin, pdf.get_y()
    margin = pdf.c_margin
    pdf.c_margin = 0  # labels start exactly at their measured boxes
    rgb = timeline_mod.rgb
    align = {"left": Align.L, "right": Align.R, "center": Align.C}
    try:
        for shape in tl.shapes:
            if isinstance(shape, timeline_mod.Line):
                width = 0.2 if shape.y1 != shape.y2 else 0.25
                with pdf.local_context(draw_color=rgb(shape.color), line_width=width):
                    if shape.dashed:
                        pdf.set_dash_pattern(dash=0.5, gap=0.5)
                    pdf.line(
                        x0 + shape.x1 * k, y0 + shape.y1 * k, x0 + shape.x2 * k, y0 + shape.y2 * k
                    )
                    if shape.dashed:
                        pdf.set_dash_pattern()
            elif isinstance(shape, timeline_mod.Box):
                with pdf.local_context(fill_color=rgb(shape.color)):
                    pdf.rect(
                        x0 + shape.left * k,
                        y0 + shape.top * k,
                        shape.width * k,
                        shape.height * k,
                        style="F",
                    )
            else:
                # fpdf2's and Pillow's widths differ a little: the box grows away from its
                # aligned edge.
                left, right = shape.left, shape.right
                extra = (right - left) * 0.15 + 6
                if shape.align == "left":
                    right += extra
                elif shape.align == "right":
                    left -= extra
                pdf.set_text_color(*rgb(shape.color))
                _text(
                    pdf,
                    x0 + left * k,
                    y0 + (shape.baseline - shape.size) * k,
                    (right - left) * k,
                    shape.text,
                    lang,
                    shape.size * k * _PT,
                    align[shape.align],
                )
    finally:
        pdf.c_margin = margin
        pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x0, y0 + height)


CHART_MM = 78.0


def statistics_section(pdf, section) -> None:
    """The dossier's statistics (dossier_statistics.StatisticsSection) in its language: the
    headline figures as a table, then each chart beside its figures."""
    lang = section.lang
    rtl = lang == "ar"
    pdf.page_lang = lang
    pdf.add_page()
    pdf.heading(section.title, lang, size=15, level=1)
    pdf.para(section.as_of, lang, size=9)
    pdf.ln(1)
    pdf.grid(None, [[k, v] for k, v in section.figures], lang, widths=(2.4, 1))
    for block in section.charts:
        pdf.break_page_if_needed(CHART_MM + 4)
        top = pdf.get_y()
        x = pdf.w - pdf.r_margin - CHART_MM if rtl else pdf.l_margin
        with pdf.tags.content("Figure", alt=chart_alt(block, lang)):
            png = io.BytesIO(block.png(lang, section.as_of))
            pdf.image(png, x=x, y=top, w=CHART_MM, h=CHART_MM)
        left, right = pdf.l_margin, pdf.r_margin
        if rtl:
            pdf.set_right_margin(right + CHART_MM + 6)
        else:
            pdf.set_left_margin(left + CHART_MM + 6)
        pdf.set_xy(pdf.l_margin, top + 4)
        pdf.set_text_color(*ACCENT)
        pdf.para(block.chart.title, lang, size=11, bold=True, h=6, role="H2")
        pdf.set_text_color(0, 0, 0)
        pdf.grid(None, [[k, v] for k, v in block.rows], lang, widths=(3, 1), size=8.5)
        bottom = pdf.get_y()
        pdf.set_left_margin(left)
        pdf.set_right_margin(right)
        pdf.set_xy(left, max(bottom, top + CHART_MM) + 4)
