"""PDF dossier (fpdf2 + HarfBuzz shaping): same content and order as the DOCX.

Bundled Noto Naskh Arabic and Noto Sans (each the other's fallback), a running header with the
export level, a localised "page N of M" footer, one outline entry per profile, optional AES-256
password, and no producer, author or creation details. Every text line is wrapped in an
ActualText span (see ``pdf_text``) so that extraction gives back the stored Arabic exactly.
"""

from __future__ import annotations

import io
import itertools
import secrets
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import fpdf.fpdf as fpdf_module
from fpdf import FPDF
from fpdf.bidi import BidiParagraph, auto_detect_base_direction
from fpdf.enums import (
    AccessPermission,
    Align,
    EncryptionMethod,
    MethodReturnValue,
    WrapMode,
    XPos,
    YPos,
)
from fpdf.fonts import TTFFont
from fpdf.line_break import (
    BREAKING_SPACE_SYMBOLS_STR,
    FORM_FEED,
    NEWLINE,
    SOFT_HYPHEN,
    Fragment,
    MultiLineBreak,
    TextLine,
    TotalPagesSubstitutionFragment,
)
from fpdf.util import Padding

from profileeditor.export.content import ProfileView, iso
from profileeditor.export.pdf_text import actual_text_operator, direction_weight, poppler_order
from profileeditor.export.strings import level_line, s
from profileeditor.resources import resource

_PLACEHOLDER = "@@ActualText{:08d}@@"
_NO_PADDING = Padding(0, 0, 0, 0)
_HEADING_FILL = (232, 236, 244)
# fpdf2's page-count alias; footers no longer use it (see draw_footers), but an alias is always
# active, and this one is less likely than the default "{nb}" to occur in a profile's text.
_NB = "{nbpg}"


# --- speed: caches, and our own line breaking and tables around fpdf2's text engine ----------
# fpdf2 measures a line by re-shaping every prefix of it, one character at a time, and a table
# lays every cell out twice (height query, then render): with shaping on, that was most of the
# export time. Shaping is a pure function of (font, size, text, direction/script/language,
# features), so each font remembers its results; the bidi split of a paragraph is a pure
# function of its text. Paragraphs and table cells are broken into lines word by word on those
# widths (``_DossierPDF._lines``) and tables drawn by ``grid``; each line still goes through
# fpdf2's ``_render_styled_text_line``, which shapes it and gets its ActualText span. What is
# left to fpdf2's breaker (newlines, over-long words) takes the one-line fast path below.

_SHAPE_CACHES: dict[int, tuple[dict, dict, dict]] = {}
# Shaped glyph lists are large (a dict per glyph) and most texts (names, bios, dates) occur once,
# so the two shaping caches keep only their newest entries; widths are small and kept longer.
# Without a bound the caches grew with the dossier: ~0.4 MB per profile.
_WIDTHS_KEPT = 200_000
_SHAPES_KEPT = 1_000


def _remember(cache: dict, key, value, kept: int):
    if len(cache) >= kept:  # drop the oldest half (dicts keep insertion order)
        for old in list(itertools.islice(cache, kept // 2)):
            del cache[old]
    cache[key] = value
    return value


def _shaping_key(params: dict | None) -> tuple | None:
    if not params:
        return None
    return (
        params.get("fragment_direction"),
        params.get("script"),
        params.get("language"),
        tuple(sorted((params.get("features") or {}).items())),
    )


class _CachedTTFFont(TTFFont):
    """A TTFFont whose widths and shaping results are remembered (per export, see write_pdf)."""

    __slots__ = ()

    def _remembered(self, slot: int, kept: int, compute, text, font_size_pt, params):
        """``compute(text, size, params)`` from cache ``slot`` of this font; (value, was_cached)."""
        cache = _SHAPE_CACHES[id(self)][slot]
        key = (text, font_size_pt, _shaping_key(params))
        found = cache.get(key)
        if found is not None:
            return found, True
        return _remember(cache, key, compute(text, font_size_pt, params), kept), False

    def get_text_width(self, text, font_size_pt, text_shaping_params):
        width, cached = self._remembered(
            0, _WIDTHS_KEPT, super().get_text_width, text, font_size_pt, text_shaping_params
        )
        if cached and font_size_pt > self.biggest_size_pt:  # as fpdf2 notes it when measuring
            self.biggest_size_pt = font_size_pt
        return width

    def perform_harfbuzz_shaping(self, text, font_size_pt, text_shaping_params):
        return self._remembered(
            1,
            _SHAPES_KEPT,
            super().perform_harfbuzz_shaping,
            text,
            font_size_pt,
            text_shaping_params,
        )[0]

    def shape_text(self, text, font_size_pt, text_shaping_params):
        # The glyphs are entered into the font subset on the first call (again after an
        # eviction, which the subset ignores); callers only read.
        return self._remembered(
            2, _SHAPES_KEPT, super().shape_text, text, font_size_pt, text_shaping_params
        )[0]


class _OneLineFirst(MultiLineBreak):
    """MultiLineBreak that returns a text which plainly fits as one line at once.

    "Plainly" leaves a margin of the widest character, so that the character-by-character walk
    would certainly have found no break either; anything else takes fpdf2's own path.
    """

    def get_line(self):
        if self.fragment_index == 0 and self.character_index == 0 and self._is_first_line:
            line = self._whole_line()
            if line is not None:
                self.fragment_index = len(self.fragments)
                self._is_first_line = False
                return line
        return super().get_line()

    def _whole_line(self):
        if self.skip_leading_spaces or self.wrapmode != WrapMode.WORD or self.first_line_indent:
            return None
        fragments = self.fragments
        if not fragments or any(type(f) is not Fragment for f in fragments):
            return None
        merged: list[Fragment] = []
        font_height = 0.0
        spaces = 0
        for frag in fragments:
            chars = frag.characters
            if not chars:
                continue
            text = "".join(chars)
            if NEWLINE in text or FORM_FEED in text or SOFT_HYPHEN in text:
                return None
            if frag.char_spacing or frag.font_stretching != 100 or not frag.is_ttf_font:
                return None
            spaces += sum(text.count(ch) for ch in BREAKING_SPACE_SYMBOLS_STR)
            font_height = max(font_height, frag.font_size)
            if merged and frag.has_same_style(merged[-1]) and frag.link == merged[-1].link:
                merged[-1].characters.extend(chars)
            else:
                merged.append(frag.clone(characters=list(chars), link=frag.link))
        if not merged:
            return None
        full_width = self.get_width(font_height)
        max_width = full_width - sum(float(m) for m in self.margins)
        width = sum(frag.get_width(initial_cs=i > 0) for i, frag in enumerate(merged))
        if width + font_height > max_width:  # an em of room: no prefix can overflow
            return None
        return TextLine(
            fragments=merged,
            text_width=width,
            number_of_spaces=spaces,
            align=Align.L if self.align == Align.J else self.align,
            height=font_height * self.line_height,
            max_width=full_width,
            trailing_nl=False,
            trailing_form_feed=False,
            indent=0,
        )


# fpdf2's multi_cell looks the class up in its module; only our dossiers use fpdf2.
fpdf_module.MultiLineBreak = _OneLineFirst


def _bidi_fragments(text: str, direction, alias: str) -> tuple:
    key = (text, direction, alias)
    found = _BIDI_CACHE.get(key)
    if found is None:
        if len(_BIDI_CACHE) > 50_000:
            _BIDI_CACHE.clear()
        paragraph = BidiParagraph(
            text=text, base_direction=direction, preserve_bn_chars=True, alias=alias
        )
        found = _BIDI_CACHE[key] = tuple(paragraph.get_bidi_fragments())
    return found


_BIDI_CACHE: dict[tuple, tuple] = {}


class _DossierPDF(FPDF):
    """FPDF that records the logical text of every line it draws (for ActualText)."""

    def __init__(self, level: str, langs: tuple[str, ...]) -> None:
        super().__init__(format="A4")
        self.level = level
        self.langs = langs
        self.page_lang = langs[0]
        self._page_langs: dict[int, str] = {}
        self._line_stack: list[list] = []
        self._spans: list[tuple[int, str]] = []  # (page, logical text) per placeholder
        self._finishing = False
        fonts = {
            ("naskh", ""): "NotoNaskhArabic-Regular.ttf",
            ("naskh", "B"): "NotoNaskhArabic-Bold.ttf",
            ("sans", ""): "NotoSans-Regular.ttf",
            ("sans", "B"): "NotoSans-Bold.ttf",
        }
        for (family, style), filename in fonts.items():
            self.add_font(family, style, str(resource("fonts", filename)))
        for font in self.fonts.values():
            if type(font) is TTFFont:
                font.__class__ = _CachedTTFFont
                _SHAPE_CACHES[id(font)] = ({}, {}, {})
        self.set_text_shaping(use_shaping_engine=True)
        self.alias_nb_pages(_NB, align="C")
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 20, 18)

    def release_caches(self) -> None:
        _BIDI_CACHE.clear()
        for font in self.fonts.values():
            _SHAPE_CACHES.pop(id(font), None)
            # fontTools reads the font files lazily and keeps them open; close them now rather
            # than leave it to the garbage collector (a ResourceWarning, an error in tests).
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()

    def _preload_bidirectional_text(self, text, markdown):
        # FPDF's own, with the bidi split of the text remembered (see _bidi_fragments).
        if not self.text_shaping:
            return self._preload_font_styles(text, markdown)
        direction = self.text_shaping["direction"] or auto_detect_base_direction(text)
        self.text_shaping["paragraph_direction"] = direction
        emphasis = (
            "B" in self.font_style,
            "I" in self.font_style,
            self.strikethrough,
            self.underline,
        )
        fragments: list = []
        for bidi_text, bidi_direction in _bidi_fragments(text, direction, self.str_alias_nb_pages):
            self.text_shaping["fragment_direction"] = bidi_direction
            fragments.extend(
                self._preload_font_styles(bidi_text, markdown, _initial_emphasis=emphasis)
            )
            emphasis = getattr(self, "_markdown_emphasis", emphasis)
        return tuple(fragments)

    # --- fonts and text -------------------------------------------------------------------
    def use(self, lang: str, size: float = 10.5, bold: bool = False) -> None:
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
    ) -> None:
        self.use(lang, size, bold)
        h = h or size * 0.55
        align = align or ("R" if lang == "ar" else "L")
        lines = self._lines(text, self.w - self.r_margin - self.x, Align.coerce(align))
        if lines is None:
            self.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
            return
        for index, line in enumerate(lines):
            last = index == len(lines) - 1
            self._render_styled_text_line(
                line,
                h=h,
                new_x=XPos.LMARGIN if last else XPos.LEFT,
                new_y=YPos.NEXT,
                padding=_NO_PADDING,
            )

    def heading(self, text: str, lang: str, size: float = 13) -> None:
        self.ln(2)
        self.set_text_color(30, 60, 110)
        self.para(text, lang, size=size, bold=True)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def _lines(self, text: str, width: float, align: Align) -> list[TextLine] | None:
        """``text`` broken into lines of ``width`` (with fpdf2's cell margins) at spaces.

        Words are measured with the fonts' cached widths, so a paragraph costs one measurement
        per distinct word instead of fpdf2's re-shaping of every prefix, character by character.
        None when fpdf2's own breaker is needed (newlines, soft hyphens, page-count aliases, a
        word wider than the line).
        """
        text = self.normalize_text(text).replace("\r", "")
        if not text:
            return [TextLine([], 0, 0, align, self.font_size, width, False, False, 0)]
        if NEWLINE in text or FORM_FEED in text or SOFT_HYPHEN in text:
            return None
        fragments = self._preload_bidirectional_text(text, False)
        pieces: list[tuple[Fragment, int, int]] = []  # (fragment, start, end) per word part
        words: list[list] = []  # [start, end, width] in the joined text
        spaces: list[float] = []  # width of the space after each word
        position = 0
        for frag in fragments:
            if type(frag) is not Fragment or frag.char_spacing or frag.font_stretching != 100:
                return None
            chars = frag.characters
            start = 0
            for i, ch in enumerate([*chars, " "]):
                if ch not in BREAKING_SPACE_SYMBOLS_STR:
                    continue
                if i > start:
                    part = frag.get_width(start, i)
                    if words and words[-1][1] == position + start and len(spaces) < len(words):
                        words[-1][1] = position + i  # a word running on from the last fragment
                        words[-1][2] += part
                    else:
                        words.append([position + start, position + i, part])
                if i < len(chars):
                    if len(spaces) < len(words):
                        spaces.append(frag.get_width(i, i + 1))
                    elif spaces:
                        spaces[-1] += frag.get_width(i, i + 1)
                start = i + 1
            pieces.append((frag, position, position + len(chars)))
            position += len(chars)
        room = width - 2 * self.c_margin
        lines: list[TextLine] = []
        first = 0
        slack = self.font_size  # near the edge, the sum of word widths is not the whole story

        def fits(start: int, word: int, estimate: float) -> bool:
            if estimate < room - slack:
                return True
            if estimate > room + slack:
                return False
            # fpdf2's own rule, so that lines end where its breaker ends them: each character,
            # measured alone, must fit after the shaped text before it on the line.
            for k in range(words[word][0], words[word][1]):
                frag, a, _ = next(piece for piece in pieces if piece[1] <= k < piece[2])
                alone = frag.get_width(chars=frag.characters[k - a], initial_cs=k > start)
                before = self._line(pieces, start, k, align, width).text_width if k > start else 0
                if before + alone > room + 1e-9:
                    return False
            return True

        while first < len(words):
            start = words[first][0]
            used = words[first][2]
            if not fits(start, first, used):
                return None  # one word wider than the line: fpdf2 breaks it by characters
            last = first
            while last + 1 < len(words):
                more = used + spaces[last] + words[last + 1][2]
                if not fits(start, last + 1, more):
                    break
                used, last = more, last + 1
            lines.append(self._line(pieces, words[first][0], words[last][1], align, width))
            first = last + 1
        return lines or [TextLine([], 0, 0, align, self.font_size, width, False, False, 0)]

    @staticmethod
    def _line(pieces, start: int, end: int, align: Align, width: float) -> TextLine:
        # Adjacent fragments of one style are one run, as fpdf2's breaker makes them: shaped
        # apart, a mark (damma, shadda) would lose its letter.
        fragments: list[Fragment] = []
        for frag, a, b in pieces:
            if b <= start or a >= end:
                continue
            chars = frag.characters[max(start - a, 0) : min(end, b) - a]
            last = fragments[-1] if fragments else None
            if last is not None and frag.has_same_style(last) and frag.link == last.link:
                last.characters.extend(chars)
            else:
                fragments.append(frag.clone(list(chars), link=frag.link))
        text_width = sum(frag.get_width(initial_cs=i > 0) for i, frag in enumerate(fragments))
        spaces = sum(ch in BREAKING_SPACE_SYMBOLS_STR for f in fragments for ch in f.characters)
        height = max(frag.font_size for frag in fragments)
        return TextLine(fragments, text_width, spaces, align, height, width, False, False, 0)

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
        out once, with ``_lines``.
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
                lines = self._lines(text, w, align) if text else []
                if lines is None:  # fpdf2's breaker; its height from a dry run
                    height = self.multi_cell(
                        w, line_h, text, align=align, dry_run=True, output=MethodReturnValue.HEIGHT
                    )
                else:
                    height = len(lines) * line_h
                laid.append((text, lines, height))
            return max(cell[2] for cell in laid), laid, bold

        heading = layout(header, True) if header else None
        body = [layout(raw, False) for raw in rows]
        if heading:  # never the heading row alone at the foot of a page
            self._perform_page_break_if_need_be(heading[0] + body[0][0])
            self._grid_row(heading, xs, col_w, line_h, align)
        for row in body:
            if self._perform_page_break_if_need_be(row[0]) and heading:
                self._grid_row(heading, xs, col_w, line_h, align)
            self._grid_row(row, xs, col_w, line_h, align)
        self.x = self.l_margin
        self.use(lang, size)
        self.ln(2)

    def _grid_row(self, row, xs, col_w, line_h: float, align: Align) -> None:
        height, cells, shaded = row
        top = self.y
        for (text, lines, text_h), x, w in zip(cells, xs, col_w, strict=True):
            if shaded:
                with self.local_context(fill_color=_HEADING_FILL):
                    self.rect(x, top, w, height, style="DF")
            else:
                self.rect(x, top, w, height)
            if not text:
                continue
            self.set_xy(x, top + (height - text_h) / 2)
            if lines is None:
                self.use(self.page_lang, self.font_size_pt, shaded)
                self.multi_cell(w, line_h, text, align=align, new_x="RIGHT", new_y="TOP")
                continue
            for line in lines:
                self._render_styled_text_line(
                    line, h=line_h, new_x=XPos.LEFT, new_y=YPos.NEXT, padding=_NO_PADDING
                )
        self.set_xy(self.l_margin, top + height)

    # --- running header and footer --------------------------------------------------------
    def header(self) -> None:
        self.set_y(8)
        self.set_text_color(110, 110, 110)
        lang = self._page_langs[self.page] = self.page_lang
        self.para(level_line(self.level, lang), lang, size=8, align="R" if lang == "ar" else "L")
        self.set_text_color(0, 0, 0)
        self.set_y(max(self.get_y(), 20))

    def footer(self) -> None:
        """Nothing while pages are written: ``draw_footers`` adds them once the count is known."""

    def draw_footers(self) -> None:
        """Each page's "page N of M", drawn at the end of its content as fpdf2 would have.

        With fpdf2's page-count alias the total was a field reserved for six digits, which left
        a gap inside the Arabic footer ("صفحة 5 من   15"); drawn afterwards it is just text.
        """
        last = self.page
        total = str(self.pages_count)
        self.in_footer = True  # no page breaks below the bottom margin
        try:
            for page in range(1, self.pages_count + 1):
                self.page = page
                self.current_font_is_set_on_page = False  # name the font in this page's stream
                self.set_y(-13)
                self.set_text_color(110, 110, 110)
                lang = self._page_langs.get(page, self.page_lang)
                text = s("page_of", lang).format(n=page, m=total)
                self.para(text, lang, size=8, align="C")
                self.set_text_color(0, 0, 0)
        finally:
            self.in_footer = False
            self.page = last
            self.current_font_is_set_on_page = False

    # --- ActualText -----------------------------------------------------------------------
    def _render_styled_text_line(self, text_line, *args, **kwargs):
        # The total-pages fragment holds a width placeholder ("000") until output(); its logical
        # text is the alias, which resolve_actual_text replaces with the page count.
        logical = "".join(
            _NB if isinstance(frag, TotalPagesSubstitutionFragment) else frag.string
            for frag in text_line.fragments
        ).strip()
        self._line_stack.append([logical, False])
        try:
            return super()._render_styled_text_line(text_line, *args, **kwargs)
        finally:
            self._line_stack.pop()

    def _out(self, s_: str | bytes) -> None:
        # The line's glyphs arrive in one _out call holding "Tj"; a page break inside the line
        # (header, footer) goes through nested lines of its own.
        top = self._line_stack[-1] if self._line_stack else None
        if top and not top[1] and top[0] and isinstance(s_, str) and " Tj" in s_:
            top[1] = True
            marker = _PLACEHOLDER.format(len(self._spans))
            self._spans.append((self.page, top[0]))
            s_ = f"/Span <</ActualText <{marker}>>> BDC {s_} EMC"
        super()._out(s_)

    def _render_footer(self) -> None:
        super()._render_footer()
        if self._finishing:  # output() draws the last footer, then writes the pages out
            self.resolve_actual_text()

    def resolve_actual_text(self) -> None:
        """Fill in every span now that each page's dominant direction is known."""
        weight: dict[int, int] = {}
        for page, text in self._spans:
            weight[page] = weight.get(page, 0) + direction_weight(text)
        total = str(self.pages_count)
        for index, (page, text) in enumerate(self._spans):
            text = text.replace(_NB, total)
            operator = actual_text_operator(poppler_order(text, weight.get(page, 0) >= 0))
            marker = f"/Span <</ActualText <{_PLACEHOLDER.format(index)}>>> BDC".encode()
            contents = self.pages[page].contents
            at = contents.find(marker)
            contents[at : at + len(marker)] = operator.encode("latin1")


def _profile_part(pdf: _DossierPDF, view: ProfileView, number: int) -> None:
    lang = view.lang
    pdf.page_lang = lang
    pdf.add_page()
    pdf.start_section(f"{number}. {view.name}", level=0)
    if view.photo:
        x = pdf.w - pdf.r_margin - 35 if lang == "ar" else pdf.l_margin
        pdf.image(io.BytesIO(view.photo), x=x, y=pdf.get_y(), w=35)
        pdf.set_y(pdf.get_y() + 35 * 1.25 + 2)
    pdf.para(view.name, lang, size=17, bold=True)
    pdf.heading(s("identity", lang), lang)
    pdf.grid(None, [[k, v] for k, v in view.identity], lang, widths=(1, 2.4))
    pdf.heading(s("facts", lang), lang)
    pdf.grid(None, [[k, v] for k, v in view.facts], lang, widths=(1.6, 1))
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
            pdf.para(case.title, lang, bold=True)
            for key, value in case.lines:
                pdf.para(f"{key}: {value}", lang)
            if case.charges:
                pdf.para(s("charges", lang) + ":", lang)
                for charge in case.charges:
                    pdf.para(f"• {charge}", lang)
    if view.sessions:
        pdf.heading(s("sessions", lang), lang)
        pdf.grid(view.sessions_header, view.sessions, lang, size=8)
    if view.events:
        pdf.heading(s("events", lang), lang)
        pdf.grid(None, [[w, t] for w, t in view.events], lang, widths=(1, 3))
    if view.sources:
        pdf.heading(s("sources", lang), lang)
        for source in view.sources:
            pdf.para(source, lang, size=9)
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
) -> None:
    """``progress(n)`` after each profile's part: the caller's cancel check runs there."""
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
        )
    finally:
        pdf.release_caches()


def _write(pdf, views, out, *, langs, level, issued, campaign_line, password, progress) -> None:
    # No producer, author, creator or time of day: the issue date is on the cover anyway.
    pdf.set_producer("")
    pdf.set_creation_date(datetime(issued.year, issued.month, issued.day, tzinfo=UTC))

    # Cover
    pdf.page_lang = langs[0]
    pdf.add_page()
    pdf.ln(40)
    for lang in langs:
        pdf.para(s("title", lang), lang, size=22, bold=True, align="C", h=12)
    pdf.ln(8)
    for lang in langs:
        pdf.para(f"{s('date', lang)}: {iso(issued.isoformat(), lang)}", lang, align="C", h=7)
        pdf.para(level_line(level, lang), lang, bold=True, align="C", h=7)
        pdf.para(f"{s('count', lang)}: {len(views)}", lang, align="C", h=7)
        pdf.ln(4)
    pdf.ln(10)
    for lang in langs:
        if campaign_line.get(lang):
            pdf.para(campaign_line[lang], lang, size=15, bold=True, align="C", h=9)

    # Contents and summary, one page per language. ``views`` may build each profile's views on
    # demand (see dispatch): one pass for the summary rows, one per profile part, none kept.
    names: dict[str, list[str]] = {lang: [] for lang in langs}
    summary: dict[str, list[list[str]]] = {lang: [] for lang in langs}
    for index in range(len(views)):
        for v in views[index]:
            names[v.lang].append(v.name)
            summary[v.lang].append([v.name, v.status, v.days, v.facility, v.case_numbers])
    for lang in langs:
        pdf.page_lang = lang
        pdf.add_page()
        pdf.heading(s("contents", lang), lang)
        for i, name in enumerate(names[lang], 1):
            pdf.para(f"{i}. {name}", lang, h=6.5)
        pdf.heading(s("summary", lang), lang)
        header = [s(k, lang) for k in ("name", "status", "days", "facility", "case_numbers")]
        pdf.grid(header, summary[lang], lang, widths=(1.6, 1.1, 0.7, 1.6, 1.1), size=8.5)
    del names, summary

    for number in range(1, len(views) + 1):
        for view in views[number - 1]:
            _profile_part(pdf, view, number)
        if progress:
            progress(number)

    pdf.draw_footers()
    pdf._finishing = True
    if password:
        pdf.set_encryption(
            owner_password=secrets.token_urlsafe(24),
            user_password=password,
            encryption_method=EncryptionMethod.AES_256,
            permissions=AccessPermission.all(),
            encrypt_metadata=True,
        )
    pdf.output(str(out))
