"""Everything the dossier PDF needs from fpdf2 beyond its documented API, in one place.

fpdf2 is pinned exactly (pyproject.toml); ``tests/export/test_fpdf_compat.py`` hashes the source
of every upstream method overridden or called here, so an upgrade that changes one of them
fails that test until this module is checked against the new code and the hashes renewed.

What is here and why:
- speed: fonts that remember widths and HarfBuzz shapes (``_CachedTTFFont``), a line breaker
  that takes a plainly fitting text in one step (``_OneLineFirst``, swapped into fpdf2's module
  because ``multi_cell`` looks the class up there), a remembered bidi split
  (``_preload_bidirectional_text``) and our own word-by-word line breaking (``lines``) on those
  widths; fpdf2 re-shapes every prefix of a line, character by character;
- the text layer of right-to-left lines: each line's fragments are drawn by
  ``pdf_text.rtl_line_operators`` (words in logical order, glyphs as fpdf2 positions them)
  instead of fpdf2's visual-order runs (``_render_styled_text_line``, ``_out``, ``_RecordedFragment``);
- small accessors for private state the layout needs: ``render_line``, ``break_page_if_needed``,
  ``each_page`` (draw on a finished page);
- the tagged PDF's plumbing (see pdf_tags): the page stream the marked content is written to,
  pages' /StructParents, link annotations that are structure content (an indirect annotation
  with /StructParent, which fpdf2's inline link dictionaries cannot be), and our structure tree
  in place of fpdf2's flat one (``use_structure_tree``: its output writes ``struct_builder``).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import fpdf.fpdf as fpdf_module
from fpdf import FPDF
from fpdf.annotations import PDFAnnotation
from fpdf.bidi import BidiParagraph, auto_detect_base_direction
from fpdf.enums import Align, TextDirection, WrapMode, XPos, YPos
from fpdf.fonts import TTFFont
from fpdf.line_break import (
    BREAKING_SPACE_SYMBOLS_STR,
    FORM_FEED,
    NEWLINE,
    SOFT_HYPHEN,
    Fragment,
    MultiLineBreak,
    TextLine,
)
from fpdf.util import Padding

from profileeditor.export.pdf_text import Glyph, Run, rtl_line_operators

if TYPE_CHECKING:
    from profileeditor.export.pdf_tags import Tags

NO_PADDING = Padding(0, 0, 0, 0)
# fpdf2's page-count alias; footers no longer use it (see draw_footers), but an alias is always
# active, and this one is less likely than the default "{nb}" to occur in a profile's text.
NB_ALIAS = "{nbpg}"

# Upstream methods this module overrides or calls, checked by test_fpdf_compat (qualified name
# → the first 16 hex digits of the sha256 of its inspect.getsource at the pinned version).
UPSTREAM_METHODS: dict[str, str] = {
    "fpdf.fpdf.FPDF._preload_bidirectional_text": "4986563ac0477361",
    "fpdf.fpdf.FPDF._preload_font_styles": "5b3d77c97f0cc06e",
    "fpdf.fpdf.FPDF._render_styled_text_line": "2ee9e2875eb49bb1",
    "fpdf.fpdf.FPDF._out": "5d738e2e46e95932",
    "fpdf.fpdf.FPDF._perform_page_break_if_need_be": "e435cf68d9191097",
    "fpdf.fpdf.FPDF.multi_cell": "c4639824bb69f1c1",
    "fpdf.fonts.TTFFont.get_text_width": "1b23ef463611c420",
    "fpdf.fonts.TTFFont.perform_harfbuzz_shaping": "14153b07d4b880f7",
    "fpdf.fonts.TTFFont.shape_text": "b81c1a6a2a14a105",
    "fpdf.line_break.MultiLineBreak.__init__": "316a2d37fc4a095f",
    "fpdf.line_break.MultiLineBreak.get_line": "f881dfe68a2516cf",
    "fpdf.line_break.Fragment.get_width": "73b223d7c17cddaf",
    "fpdf.line_break.Fragment.clone": "8114b33aabf81dd5",
    "fpdf.line_break.Fragment.has_same_style": "4937f86e389c1260",
    "fpdf.line_break.Fragment.render_with_text_shaping": "9eff04ff3dc4dfeb",
    "fpdf.line_break.Fragment.render_pdf_text": "6e00643c16359e01",
    "fpdf.line_break.TextLine.get_ordered_fragments": "bce8f08f50fff111",
    "fpdf.fonts.SubsetMap.get_glyph": "6db13db4b9277700",
    "fpdf.fonts.SubsetMap.pick_glyph": "60e2d98eb5342627",
    "fpdf.line_break.TextLine": "0e87eea77281022c",
    "fpdf.bidi.BidiParagraph.get_bidi_fragments": "3e3b06c50cb5690c",
    "fpdf.output.OutputProducer.bufferize": "4e63190994876bc6",
    "fpdf.output.OutputProducer._add_structure_tree": "3e1d2dd51ae9cc58",
    "fpdf.output.OutputProducer._finalize_catalog": "6bf91e3b945f0be7",
    "fpdf.fpdf.FPDF.link": "e67cdd9134705c72",
    "fpdf.fpdf.FPDF._set_min_pdf_version": "61ffd37bd1f7e26b",
}

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
fpdf_module.MultiLineBreak = _OneLineFirst  # type: ignore[misc]


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


class _RecordedFragment(Fragment):
    """A fragment that draws nothing where fpdf2 draws it but notes where that would be; the
    line's text is then drawn in one piece by ``rtl_line_operators`` (see CompatFPDF._out)."""

    def render_pdf_text(self, frag_ws, current_ws, word_spacing, adjust_x, adjust_y, h):
        self._recorded = (adjust_x, adjust_y, h)
        return ""


def _plain(frag) -> bool:
    return (
        type(frag) is Fragment
        and frag.is_ttf_font
        and bool(frag.text_shaping_parameters)
        and not frag.char_spacing
        and frag.font_stretching == 100
    )


class CompatFPDF(FPDF):
    """FPDF with the caches, the line breaking and the ActualText spans described above."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._pending: list | None = None  # the recorded fragments of the line being drawn
        # Paragraph and table lines (render_line, multi_cell) get the text layer; cell() and
        # render_line(layer=False) keep fpdf2's drawing.
        self._layered = 0

    def cache_fonts(self) -> None:
        """Make every added TrueType font remember its widths and shapes (call after add_font)."""
        for font in self.fonts.values():
            if type(font) is TTFFont:
                font.__class__ = _CachedTTFFont
                _SHAPE_CACHES[id(font)] = ({}, {}, {})

    def render_line(self, line: TextLine, h: float, last: bool = True, layer: bool = True) -> None:
        """Draw one line from ``lines`` at the current position; the next starts below it.

        ``layer=False`` keeps fpdf2's visual-order drawing (the timeline's short labels, which
        MuPDF would otherwise split into overlapping lines at their font changes)."""
        self._layered += 1 if layer else 0
        try:
            self._render_styled_text_line(
                line,
                h=h,
                new_x=XPos.LMARGIN if last else XPos.LEFT,
                new_y=YPos.NEXT,
                padding=NO_PADDING,
            )
        finally:
            self._layered -= 1 if layer else 0

    if not TYPE_CHECKING:  # fpdf2's own signature and return type for the type checker

        def multi_cell(self, *args, **kwargs):
            self._layered += 1
            try:
                return super().multi_cell(*args, **kwargs)
            finally:
                self._layered -= 1

    def break_page_if_needed(self, height: float) -> bool:
        return self._perform_page_break_if_need_be(height)

    @contextlib.contextmanager
    def each_page(self) -> Iterator[Iterator[int]]:
        """Visit finished pages to draw on them (footers once the page count is known)."""
        last = self.page

        def pages() -> Iterator[int]:
            for page in range(1, self.pages_count + 1):
                self.page = page
                self.current_font_is_set_on_page = False  # name the font in this page's stream
                yield page

        self.in_footer = True  # no page breaks below the bottom margin
        try:
            yield pages()
        finally:
            self.in_footer = False
            self.page = last
            self.current_font_is_set_on_page = False

    # --- tagged PDF (pdf_tags) ---------------------------------------------------------------
    def use_structure_tree(self, tags: Tags) -> None:
        """Write ``tags`` as the document's structure tree (fpdf2's output takes the objects of
        ``struct_builder`` and adds /MarkInfo when there are any)."""
        self.struct_builder = _StructureTree(tags)  # type: ignore[assignment]
        self._set_min_pdf_version("1.7")  # table attributes (/Scope), the 1.7 tagging rules

    def emit(self, operator: str) -> None:
        """Add an operator to the current page's stream (marked content)."""
        self._out(operator)

    def _stream(self) -> bytearray:
        contents = self.pages[self.page].contents
        assert isinstance(contents, bytearray)  # a PDFContentStream only once output
        return contents

    def content_length(self) -> int:
        return len(self._stream())

    def take_back(self, length: int) -> None:
        """Cut the current page's stream back to ``length`` bytes (an empty sequence)."""
        del self._stream()[length:]

    def set_struct_parents(self, page: int, key: int) -> None:
        self.pages[page].struct_parents = key

    def page_object(self, page: int):
        return self.pages[page]

    def structure_link(
        self, x: float, y: float, w: float, h: float, link: int, description: str
    ) -> PDFAnnotation:
        """An internal link annotation like ``link()``'s, as an object of its own: a structure
        element can then hold it (/OBJR), with its /StructParent set by the caller. Its
        /Contents (``description``) is encrypted with the document, as fpdf2 does it."""
        annotation = PDFAnnotation(
            "Link",
            x=x * self.k,
            y=self.h_pt - y * self.k,
            width=w * self.k,
            height=h * self.k,
            dest=self.links[link],
            contents=description,
        )
        self.pages[self.page].add_annotation(annotation)
        return annotation

    @contextlib.contextmanager
    def on_page(self, page: int) -> Iterator[None]:
        """Draw on an earlier page (a rule along a panel that ran on to this one)."""
        with self.each_page() as pages:
            for number in pages:
                if number == page:
                    yield
                    return

    def finish(self) -> None:
        """Nothing is left to resolve once the pages are drawn (kept for callers)."""

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

    def lines(self, text: str, width: float, align: Align) -> list[TextLine] | None:
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

    def _render_styled_text_line(self, text_line, *args, **kwargs):
        # A right-to-left line has its fragments swapped for recorders (an Arabic name in an
        # English line keeps fpdf2's drawing: there the space between its words is in the Latin
        # font, whose Tf would cut pypdf's right-to-left run in two); fpdf2 lays the line out
        # (alignment, page break, links, position) and _out puts the text in its BT … ET.
        fragments = text_line.fragments
        if (
            not fragments
            or not self._layered
            or fragments[0].paragraph_direction != TextDirection.RTL
            or text_line.align == Align.J
            or not all(_plain(frag) for frag in fragments)
        ):
            return super()._render_styled_text_line(text_line, *args, **kwargs)
        recorded = []
        for frag in fragments:
            copy = frag.clone(characters=list(frag.characters), link=frag.link)
            copy.__class__ = _RecordedFragment
            recorded.append(copy)
        outer = self._pending
        self._pending = recorded
        try:
            return super()._render_styled_text_line(
                text_line._replace(fragments=tuple(recorded)), *args, **kwargs
            )
        finally:
            self._pending = outer

    def _out(self, s_: str | bytes) -> None:
        pending = self._pending
        # The line's text object ("BT x y Td … ET"), not the font set before it ("BT /F1 Tf ET").
        if pending and isinstance(s_, str) and " Td" in s_ and "ET" in s_:
            self._pending = None
            ops = self._rtl_text(pending)
            cut = s_.rindex("ET")
            s_ = f"{s_[:cut]}{ops} ET{s_[cut + 2 :]}"
        super()._out(s_)

    def _rtl_text(self, fragments) -> str:
        """The text operators of the recorded right-to-left line (fragments in logical order)."""
        runs = []
        for frag in fragments:
            x, y, page_h = frag._recorded
            runs.append(self._run(frag, x, y, page_h))
        rtl = fragments[0].paragraph_direction == TextDirection.RTL
        text = rtl_line_operators(runs, _cid, rtl_paragraph=rtl)
        # fpdf2 believes the last fragment it visited (visual order) set the font: keep it so.
        last = TextLine(list(fragments), 0, 0, Align.R, 0, 0, False, False, 0)
        last_frag = last.get_ordered_fragments()[-1]
        return f"{text} /F{last_frag.font.i} {last_frag.font_size_pt:.2f} Tf"

    def _run(self, frag, pos_x: float, pos_y: float, page_h: float) -> Run:
        """fpdf2's glyph placement for ``frag`` (as in Fragment.render_with_text_shaping)."""
        font = frag.font
        k = self.k
        scale = font.scale * frag.font_size_pt / 1000 / k
        text = frag.string
        y0 = pos_y
        infos, positions = font.perform_harfbuzz_shaping(
            text, frag.font_size_pt, frag.text_shaping_parameters
        )
        starts = [*sorted({int(info.cluster) for info in infos}), len(text)]
        seen: set[int] = set()
        glyphs = []
        for info, pos in zip(infos, positions, strict=True):
            cluster = int(info.cluster)
            chars = ""
            if cluster not in seen:
                seen.add(cluster)
                chars = text[cluster : starts[starts.index(cluster) + 1]]
            gid = int(info.codepoint)
            if gid == 0:
                pos_x += pos.x_advance * scale
                continue
            width = _glyph_width(font, gid)
            glyphs.append(
                Glyph(
                    gid=gid,
                    text=chars,
                    x=(pos_x + pos.x_offset * scale) * k,
                    y=(page_h - (pos_y - pos.y_offset * scale)) * k,
                    width=width * frag.font_size_pt / 1000,
                    advance=pos.x_advance * scale * k,
                    char=cluster,
                )
            )
            pos_x += pos.x_advance * scale
            pos_y += pos.y_advance * scale
        space = _gid(font, 0x20)
        baseline = (page_h - y0) * k
        return Run(
            font=font,
            font_op=f"/F{font.i} {frag.font_size_pt:.2f} Tf",
            size=frag.font_size_pt,
            text=text,
            rtl=frag.fragment_direction == TextDirection.RTL,
            glyphs=glyphs,
            invisible=_gid(font, 0x200B) or space,  # zero width and no outline
            space=space,
            space_width=_glyph_width(font, space) * frag.font_size_pt / 1000,
            baseline=baseline,
        )


class _StructureTree:
    """fpdf2's ``StructureTreeBuilder`` as its output uses it: ``empty()``, the objects to write
    (the root first, which the catalog refers to), and ``doc_struct_elem.k``, whose elements it
    gives a /Pg (ours set their own)."""

    class _NoDirectKids:
        k = ()

    doc_struct_elem = _NoDirectKids()

    def __init__(self, tags: Tags) -> None:
        self.tags = tags

    def empty(self) -> bool:
        return self.tags.empty()

    def __iter__(self):
        return self.tags.objects()


def _gid(font, codepoint: int) -> int:
    name = font.cmap.get(codepoint)
    return font.ttfont.getGlyphID(name) if name else 0


def _glyph_width(font, gid: int) -> int:
    """The width fpdf2 writes for ``gid`` in the font's W array (1/1000 em)."""
    name = font.ttfont.getGlyphName(gid)
    return round(font.scale * font.ttfont["hmtx"].metrics[name][0])


def _cid(run: Run, gid: int, text: str, width: int | None = None) -> str:
    """The escaped operand drawing glyph ``gid`` mapped to ``text`` (its own subset entry)."""
    font = run.font
    name = font.ttfont.getGlyphName(gid)  # type: ignore[attr-defined]
    glyph = font.subset.get_glyph(  # type: ignore[attr-defined]
        glyph=gid,
        unicode=tuple(ord(ch) for ch in text),
        glyph_name=name,
        glyph_width=_glyph_width(font, gid) if width is None else width,
    )
    return font.escape_text(chr(font.subset.pick_glyph(glyph)))  # type: ignore[attr-defined]
