"""PDF dossier (fpdf2 + HarfBuzz shaping): same content and order as the DOCX.

Bundled Noto Naskh Arabic and Noto Sans (each the other's fallback), a running header with the
export level, a localised "page N of M" footer, one outline entry per profile, optional AES-256
password, and no producer, author or creation details. Lines with Arabic get a text layer that
readers give back in logical order (see ``pdf_text``; drawn by ``fpdf_compat``). The PDF is
tagged (``pdf_tags``): a structure tree in reading order, the running header, footers and
borders marked as artifacts.
"""

from __future__ import annotations

import contextlib
import io
import secrets
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from fpdf.enums import AccessPermission, Align, EncryptionMethod, MethodReturnValue
from fpdf.prefs import ViewerPreferences

from profileeditor.core import wording
from profileeditor.export import pdf_media
from profileeditor.export.content import DossierOptions, ProfileView, contents_rows, iso
from profileeditor.export.fpdf_compat import NB_ALIAS, CompatFPDF
from profileeditor.export.pdf_tags import Element, Tags, text_lang
from profileeditor.export.strings import level_line, s
from profileeditor.resources import resource

_HEADING_FILL = (232, 236, 244)


class _DossierPDF(CompatFPDF):
    """The dossier's page layout (fonts, paragraphs, tables, header and footer)."""

    def __init__(self, level: str, langs: tuple[str, ...]) -> None:
        super().__init__(format="A4")
        self.level = level
        self.langs = langs
        self.page_lang = langs[0]
        self._page_langs: dict[int, str] = {}
        fonts = {
            ("naskh", ""): "NotoNaskhArabic-Regular.ttf",
            ("naskh", "B"): "NotoNaskhArabic-Bold.ttf",
            ("sans", ""): "NotoSans-Regular.ttf",
            ("sans", "B"): "NotoSans-Bold.ttf",
        }
        for (family, style), filename in fonts.items():
            self.add_font(family, style, str(resource("fonts", filename)))
        self.cache_fonts()
        self.set_text_shaping(use_shaping_engine=True)
        self._direction = ""
        self.arabic_digits = False
        self.contents: list[tuple[str, int, int, float, int]] = []  # lang, number, page, y, link
        self.part_pages: dict[tuple[str, int], int] = {}
        self.alias_nb_pages(NB_ALIAS, align="C")
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 20, 18)
        self.tags = Tags(self, langs[0])
        self.use_structure_tree(self.tags)
        self.viewer_preferences = ViewerPreferences(display_doc_title=True)
        self.toc_links: dict[tuple[str, int], Element] = {}  # contents entry -> its Link
        self._profile_sections: dict[str, Element] = {}

    def add_page(self, *args, **kwargs) -> None:
        # An element running on to the next page closes its marked content here and opens
        # more on the new page (after the running header, an artifact).
        self.tags.pause()
        try:
            super().add_page(*args, **kwargs)
        finally:
            self.tags.resume()

    def begin_profile(self) -> None:
        self._profile_sections.clear()

    @contextlib.contextmanager
    def profile_section(self, lang: str) -> Iterator[None]:
        """Inside the profile's Sect, its Sect in ``lang`` (a bilingual profile's first pages
        come before both parts; in the structure each language's pages are together)."""
        section = self._profile_sections.get(lang)
        if section is None:
            if len(self.langs) == 1:
                section = self.tags.current
            else:
                section = self._profile_sections[lang] = self.tags.element("Sect", lang)
        with self.tags.within(section):
            yield

    # --- fonts and text -------------------------------------------------------------------
    def use(self, lang: str, size: float = 10.5, bold: bool = False) -> None:
        # The base direction of a line comes from its section's language, not from its first
        # letter: an Arabic line that starts with a Latin name or a case number stays RTL.
        direction = "rtl" if lang == "ar" else "ltr"
        if self._direction != direction:
            self.set_text_shaping(use_shaping_engine=True, direction=direction)
            self._direction = direction
        family, fallback = ("naskh", "sans") if lang == "ar" else ("sans", "naskh")
        self.set_font(family, "B" if bold else "", size)
        self.set_fallback_fonts([fallback], exact_match=False)

    def para(
        self,
        text: str,
        lang: str,
        size: float = 10.5,
        bold: bool = False,
        align: str | None = None,
        h: float | None = None,
        role: str = "P",
    ) -> None:
        """``text`` as lines of the text width, one structure element ``role`` (a paragraph,
        a heading, a list item's body)."""
        self.use(lang, size, bold)
        h = h or size * 0.55
        align = align or ("R" if lang == "ar" else "L")
        lines = self.lines(text, self.w - self.r_margin - self.x, Align.coerce(align))
        with self.tags.content(role, text_lang(text, lang)):
            if lines is None:
                self.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
                return
            for index, line in enumerate(lines):
                self.render_line(line, h, last=index == len(lines) - 1)

    def bullet(self, text: str, lang: str, **kwargs) -> None:
        """A list item (its bullet in its text: marked content never cuts a line)."""
        with self.tags.group("LI", lang):
            self.para(f"• {text}", lang, role="LBody", **kwargs)

    def heading(self, text: str, lang: str, size: float = 13, level: int = 2) -> None:
        # Keep with next: never a heading alone at the foot of a page (room for a few lines).
        self.break_page_if_needed(size * 0.55 + 30)
        self.ln(2)
        self.set_text_color(30, 60, 110)
        self.para(text, lang, size=size, bold=True, role=f"H{level}")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def grid(
        self,
        header: list[str] | None,
        rows: list[list[str]],
        lang: str,
        widths: tuple[float, ...] | None = None,
        size: float = 9,
    ) -> None:
        """A table; Arabic tables run right to left (first column on the right).

        Drawn as fpdf2's ``table()`` draws it (full text width, bordered cells, a bold shaded
        heading row repeated after a page break, text centred vertically), but each cell is laid
        out once, with ``_lines``. Tagged Table > TR > TH/TD in logical order: the heading row's
        cells are column headers; a table without one is of label/value rows, whose first
        cell heads its row. A heading row repeated after a page break is an artifact.
        """
        if not rows:
            return
        ncols = len(header) if header else len(rows[0])
        ratios = list(widths) if widths else [1.0] * ncols
        if lang == "ar":
            ratios.reverse()
        col_w = [r / sum(ratios) * self.epw for r in ratios]
        xs = [self.l_margin + sum(col_w[:j]) for j in range(ncols)]
        align = Align.R if lang == "ar" else Align.L
        line_h = size * 0.55

        def layout(raw: list[str], bold: bool) -> tuple[float, list, bool]:
            self.use(lang, size, bold)
            cells = list(raw) + [""] * (ncols - len(raw))
            if lang == "ar":
                cells.reverse()
            laid = []
            for text, w in zip(cells, col_w, strict=True):
                lines = self.lines(text, w, align) if text else []
                height: float
                if lines is None:  # fpdf2's breaker; its height from a dry run
                    height = self.multi_cell(  # type: ignore[assignment]  # HEIGHT: a float
                        w, line_h, text, align=align, dry_run=True, output=MethodReturnValue.HEIGHT
                    )
                else:
                    height = len(lines) * line_h
                laid.append((text, lines, height))
            return max(cell[2] for cell in laid), laid, bold

        heading = layout(header, True) if header else None
        body = [layout(raw, False) for raw in rows]
        row_scope = None if heading else "Row"
        with self.tags.group("Table", lang):
            if heading:  # never the heading row alone at the foot of a page
                self.break_page_if_needed(heading[0] + body[0][0])
                self._grid_row(heading, xs, col_w, line_h, align, lang, "Column")
            for row in body:
                if self.break_page_if_needed(row[0]) and heading:
                    with self.tags.artifact():
                        self._grid_row(heading, xs, col_w, line_h, align, lang, "Column")
                self._grid_row(row, xs, col_w, line_h, align, lang, row_scope)
        self.x = self.l_margin
        self.use(lang, size)
        self.ln(2)

    def _grid_row(
        self, row, xs, col_w, line_h: float, align: Align, lang: str, scope: str | None
    ) -> None:
        """One row; ``scope`` says which cells are headers: all ("Column"), the first ("Row")."""
        height, cells, shaded = row
        top = self.y
        placed = list(zip(cells, xs, col_w, strict=True))
        if align == Align.R:
            # Drawn in reading order (the right-hand cell first): readers that follow the
            # drawing order (pypdf, pdf.js, poppler -raw) then read a row as it is read.
            placed.reverse()
        with self.tags.group("TR"):
            for index, ((text, lines, _text_h), x, w) in enumerate(placed):
                with self.tags.artifact():
                    if shaded:
                        with self.local_context(fill_color=_HEADING_FILL):
                            self.rect(x, top, w, height, style="DF")
                    else:
                        self.rect(x, top, w, height)
                header = scope == "Column" or (scope == "Row" and index == 0)
                role, cell_scope = ("TH", scope) if header else ("TD", None)
                if not text:
                    self.tags.element(role, scope=cell_scope)  # an empty cell still counts
                    continue
                # Top-aligned: a short cell sits on its neighbour's first line.
                self.set_xy(x, top)
                with self.tags.content(role, text_lang(text, lang), scope=cell_scope):
                    if lines is None:
                        self.use(self.page_lang, self.font_size_pt, shaded)
                        self.multi_cell(w, line_h, text, align=align, new_x="RIGHT", new_y="TOP")
                        continue
                    for line in lines:
                        self.render_line(line, line_h, last=False)
        self.set_xy(self.l_margin, top + height)

    # --- running header and footer --------------------------------------------------------
    def header(self) -> None:
        self.set_y(8)
        self.set_text_color(110, 110, 110)
        lang = self._page_langs[self.page] = self.page_lang
        with self.tags.artifact():
            align = "R" if lang == "ar" else "L"
            self.para(level_line(self.level, lang), lang, size=8, align=align)
        self.set_text_color(0, 0, 0)
        self.set_y(max(self.get_y(), 20))

    def footer(self) -> None:
        """Nothing while pages are written: ``draw_footers`` adds them once the count is known."""

    def draw_contents_pages(self) -> None:
        """The page number of each contents entry, at the far end of its line, and its link."""
        by_page: dict[int, list] = {}
        for entry in self.contents:
            by_page.setdefault(entry[2], []).append(entry)
        with self.each_page() as pages:
            for page in pages:
                for lang, number, _, y, link in by_page.get(page, []):
                    target = self.part_pages.get((lang, number))
                    if target is None:
                        continue
                    self.set_link(link, page=target)
                    self.set_xy(self.l_margin, y)
                    shown = wording.digits(str(target), lang, self.arabic_digits)
                    with self.tags.into(self.toc_links[(lang, number)]):
                        self.para(shown, lang, align="L" if lang == "ar" else "R", h=6.5)

    def draw_footers(self) -> None:
        """Each page's "page N of M", drawn at the end of its content as fpdf2 would have.

        With fpdf2's page-count alias the total was a field reserved for six digits, which left
        a gap inside the Arabic footer ("صفحة 5 من   15"); drawn afterwards it is just text.
        """
        total = str(self.pages_count)
        with self.each_page() as pages:
            for page in pages:
                if page == 1:
                    continue  # the cover carries no page number
                self.set_y(-13)
                self.set_text_color(110, 110, 110)
                lang = self._page_langs.get(page, self.page_lang)
                text = wording.digits(
                    s("page_of", lang).format(n=page, m=total), lang, self.arabic_digits
                )
                with self.tags.artifact():
                    self.para(text, lang, size=8, align="C")
                self.set_text_color(0, 0, 0)

    # --- ActualText -----------------------------------------------------------------------


def _profile_part(pdf: _DossierPDF, view: ProfileView, number: int) -> None:
    lang = view.lang
    pdf.page_lang = lang
    pdf.add_page()
    if (lang, number) not in pdf.part_pages:  # else the first page (pdf_media) began the part
        pdf.part_pages[(lang, number)] = pdf.page
        pdf.start_section(f"{number}. {view.name}", level=0)
    with pdf.profile_section(lang):
        _profile_body(pdf, view)


def _profile_body(pdf: _DossierPDF, view: ProfileView) -> None:
    lang = view.lang
    tags = pdf.tags
    if view.photo and view.first_page is None:
        # A fixed 35 × 44 mm box; the photo keeps its aspect ratio inside it (tall or wide).
        box_w, box_h = 35, 35 * 1.25
        x = pdf.w - pdf.r_margin - box_w if lang == "ar" else pdf.l_margin
        with tags.content("Figure", alt=pdf_media.photo_alt(view)):
            pdf.image(
                io.BytesIO(view.photo), x=x, y=pdf.get_y(), w=box_w, h=box_h, keep_aspect_ratio=True
            )
        pdf.set_y(pdf.get_y() + box_h + 2)
    # The name heads the profile, unless its first page (pdf_media) did already.
    pdf.para(view.name, lang, size=17, bold=True, role="H1" if view.first_page is None else "P")
    pdf.heading(s("identity", lang), lang)
    pdf.grid(None, [[k, v] for k, v in view.identity], lang, widths=(1, 2.4))
    pdf.heading(s("facts", lang), lang)
    for warning in view.warnings:
        pdf.set_text_color(170, 20, 20)
        pdf.para(f"{s('warning', lang)}: {warning}", lang, bold=True)
        pdf.set_text_color(0, 0, 0)
    if view.as_of:
        pdf.para(view.as_of, lang, size=9)
    pdf.grid(None, [[k, v] for k, v in view.facts], lang, widths=(1, 1.9))
    if view.bio:
        pdf.heading(s("bio", lang), lang)
        pdf.para(view.bio, lang, h=6.5)
    if view.detentions:
        pdf.heading(s("detentions", lang), lang)
        for rows in view.detentions:
            pdf.grid(None, [[k, v] for k, v in rows], lang, widths=(1, 2.4))
    if view.cases:
        pdf.heading(s("cases", lang), lang)
        for case in view.cases:
            pdf.para(case.title, lang, bold=True, role="H3")
            for key, value in case.lines:
                pdf.para(f"{key}: {value}", lang)
            if case.charges:
                pdf.para(s("charges", lang) + ":", lang)
                with tags.group("L"):
                    for charge in case.charges:
                        pdf.bullet(charge, lang)
    if view.sessions:
        pdf.heading(s("sessions", lang), lang)
        for title, session_rows in view.sessions:
            pdf.break_page_if_needed(25)  # the case title stays with its table
            pdf.para(title, lang, bold=True, size=9.5, role="H3")
            pdf.grid(view.sessions_header, session_rows, lang, widths=(1, 1.3, 1.6, 1), size=8.5)
    if view.events:
        pdf.heading(s("events", lang), lang)
        pdf.grid(None, [[w, t] for w, t in view.events], lang, widths=(1, 3))
    if view.sources:
        pdf.heading(s("sources", lang), lang)
        with tags.group("L"):
            for number, source in enumerate(view.sources, 1):
                with tags.group("LI"):
                    pdf.para(f"[{number}] {source}", lang, size=9, role="LBody")
    if view.documents:
        pdf.heading(s("documents", lang), lang)
        for caption in view.documents:
            pdf.para(caption, lang, size=9)


def write_pdf(
    views: Sequence[list[ProfileView]],
    out: Path,
    *,
    langs: tuple[str, ...],
    level: str,
    issued: date,
    campaign_line: dict,
    password: str | None = None,
    progress=None,
    options: DossierOptions | None = None,
    statistics=None,
) -> None:
    """``progress(n)`` after each profile's part: the caller's cancel check runs there.
    ``statistics`` (core.statistics figures of the selection) adds the statistics section."""
    pdf = _DossierPDF(level, langs)
    try:
        _write(
            pdf,
            views,
            out,
            langs=langs,
            level=level,
            issued=issued,
            campaign_line=campaign_line,
            password=password,
            progress=progress,
            options=options or DossierOptions(),
            statistics=statistics,
        )
    finally:
        pdf.release_caches()


def _write(
    pdf,
    views,
    out,
    *,
    langs,
    level,
    issued,
    campaign_line,
    password,
    progress,
    options,
    statistics=None,
) -> None:
    # No producer, author, creator or time of day: the issue date is on the cover anyway.
    pdf.set_producer("")
    pdf.set_lang(langs[0])
    pdf.set_title(s("title", langs[0]))  # shown as the window's title (DisplayDocTitle)
    pdf.arabic_digits = (
        options.arabic_digits
    )  # the document's /Lang (readers, screen readers, reflow)
    pdf.set_creation_date(datetime(issued.year, issued.month, issued.day, tzinfo=UTC))

    # Cover
    pdf.page_lang = langs[0]
    pdf.add_page()
    with pdf.tags.group("Sect"):
        _cover(pdf, langs, level, issued, campaign_line, options, len(views))

    # Contents and summary, one page per language. ``views`` may build each profile's views on
    # demand (see dispatch): one pass for the summary rows, one per profile part, none kept.
    names, summary = contents_rows(views, langs)
    for lang in langs:
        pdf.page_lang = lang
        pdf.add_page()
        with pdf.tags.group("Sect", lang):
            _contents(pdf, lang, names[lang], summary[lang], options)
    del names, summary
    if statistics is not None:  # issue 14: the selection's figures and charts
        from profileeditor.export import dossier_statistics

        for lang in langs:
            section = dossier_statistics.build(statistics, lang, issued, options.arabic_digits)
            with pdf.tags.group("Sect", lang):
                pdf_media.statistics_section(pdf, section)

    for number in range(1, len(views) + 1):
        per_profile = views[number - 1]
        with pdf.tags.group("Sect"):
            pdf.begin_profile()
            pdf_media.first_pages(pdf, per_profile, number, options.timelines)  # issue 14
            for view in per_profile:
                _profile_part(pdf, view, number)
        if progress:
            progress(number)

    pdf.draw_contents_pages()
    pdf.draw_footers()
    pdf.finish()
    if password:
        pdf.set_encryption(
            owner_password=secrets.token_urlsafe(24),
            user_password=password,
            encryption_method=EncryptionMethod.AES_256,
            permissions=AccessPermission.all(),
            encrypt_metadata=True,
        )
    pdf.output(str(out))


def _cover(pdf, langs, level, issued, campaign_line, options, count_of_profiles) -> None:
    pdf.ln(40)
    for lang in langs:
        pdf.para(s("title", lang), lang, size=22, bold=True, align="C", h=12, role="H1")
    pdf.ln(8)
    for lang in langs:
        ad = options.arabic_digits
        pdf.para(f"{s('date', lang)}: {iso(issued.isoformat(), lang, ad)}", lang, align="C", h=7)
        pdf.para(level_line(level, lang), lang, bold=True, align="C", h=7)
        count = wording.digits(str(count_of_profiles), lang, ad)
        pdf.para(f"{s('count', lang)}: {count}", lang, align="C", h=7)
        if options.organisation.get(lang):
            organisation = options.organisation[lang]
            pdf.para(f"{s('organisation', lang)}: {organisation}", lang, align="C", h=7)
        if options.contact:
            pdf.para(f"{s('contact', lang)}: {options.contact}", lang, align="C", h=7)
        pdf.ln(4)
    pdf.ln(10)
    for lang in langs:
        if campaign_line.get(lang):
            pdf.para(campaign_line[lang], lang, size=15, bold=True, align="C", h=9)


def _contents(pdf, lang: str, names: list[str], summary: list[list[str]], options) -> None:
    """The contents (each entry a link to the profile's part) and the summary table."""
    pdf.heading(s("contents", lang), lang, level=1)
    with pdf.tags.group("TOC"):
        for i, name in enumerate(names, 1):
            # Each entry links to the profile's part; its page number is drawn once known.
            link = pdf.add_link()
            pdf.contents.append((lang, i, pdf.page, pdf.get_y(), link))
            with pdf.tags.group("TOCI"):
                entry = pdf.toc_links[(lang, i)] = pdf.tags.element("Link")
                shown = f"{wording.digits(str(i), lang, options.arabic_digits)}. {name}"
                y = pdf.get_y()
                annotation = pdf.structure_link(pdf.l_margin, y, pdf.epw, 6.5, link, shown)
                annotation.struct_parent = pdf.tags.link(entry, annotation)
                with pdf.tags.into(entry):
                    pdf.para(shown, lang, h=6.5)
    pdf.heading(s("summary", lang), lang, level=1)
    header = [s(k, lang) for k in ("name", "status", "days", "facility", "case_numbers")]
    pdf.grid(header, summary, lang, widths=(1.6, 1.1, 0.7, 1.6, 1.1), size=8.5)
