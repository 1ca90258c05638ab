"""The PDF dossier's logical structure (tagged PDF, PDF 1.7 §14.7-14.8, PDF/UA-minded).

A structure tree (Document > Sect > H1/H2/H3, P, L/LI/LBody, Table/TR/TH/TD, Figure with /Alt,
TOC/TOCI/Link) in reading order, and in each page's stream the marked content it refers to:
``/TD <</MCID n>> BDC … EMC`` around an element's lines, ``/Artifact BMC … EMC`` around running
headers, footers and decorative rules, which are then out of the reading order.

Marked content opens and closes only around whole lines, paragraphs and cells, never between
the runs of a line: pdf.js cuts its text chunks at every BDC/EMC, and the right-to-left text
layer (pdf_text) relies on a line being one chunk sequence. The ActualText and /Lang spans that
pdf_text puts inside a line are nested in the element's sequence as they are.

A page break inside an element (a paragraph running on to the next page) closes its sequence
on the old page and opens another one, with the next MCID of the new page, for the same
element; a sequence that got nothing drawn before the break is taken back out of the stream.

Every string here (alternate descriptions hold a person's name) goes through the document's
security handler, so it is encrypted with the rest of a password-protected dossier.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Protocol

from fpdf.syntax import PDFObject, PDFString

from profileeditor.core.arabic import has_arabic


class TaggedPDF(Protocol):
    """What the tagging needs from the document (fpdf_compat.CompatFPDF provides it)."""

    page: int

    def emit(self, operator: str) -> None: ...
    def content_length(self) -> int: ...
    def take_back(self, length: int) -> None: ...
    def set_struct_parents(self, page: int, key: int) -> None: ...
    def page_object(self, page: int) -> PDFObject: ...


def text_lang(text: str, lang: str) -> str:
    """The language of an element with ``text`` in a section in ``lang``: an Arabic name in an
    English table is Arabic, a Latin name in an Arabic one English; mixed text is the section's
    (pdf_text's spans say the language of the words inside it)."""
    latin = _LATIN_LETTER.search(text) is not None
    if lang != "ar" and not latin and has_arabic(text):
        return "ar"
    if lang == "ar" and latin and not has_arabic(text):
        return "en"
    return lang


_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _string(text: str, handler, obj_id: int) -> str:
    return PDFString(text, encrypt=True).serialize(_security_handler=handler, _obj_id=obj_id)


def _no_pages(page: int) -> PDFObject:
    raise AssertionError("an element is written out by its tree (Tags.objects)")


class AnnotationKid:
    """An annotation (a contents entry's link) as the content of an element."""

    __slots__ = ("annotation", "page")

    def __init__(self, annotation: PDFObject, page: int) -> None:
        self.annotation = annotation
        self.page = page


class Element(PDFObject):
    """A structure element; its kids are elements, marked content (page, MCID) and annotations."""

    __slots__ = ("_id", "_in_lang", "_pages", "alt", "kids", "lang", "parent", "role", "scope")

    def __init__(
        self,
        role: str,
        parent: PDFObject,
        lang: str | None = None,
        alt: str | None = None,
        scope: str | None = None,
    ) -> None:
        super().__init__()
        self.role = role
        self.parent = parent
        self.kids: list[Element | tuple[int, int] | AnnotationKid] = []  # (page, MCID)
        self.lang = lang
        self.alt = alt
        self.scope = scope  # a TH's /Scope: Column or Row
        self._in_lang = lang  # the language it is in, its own or inherited (set by Tags)
        # page number -> page object, set by the tree before output
        self._pages: Callable[[int], PDFObject] = _no_pages

    def serialize(self, obj_dict=None, _security_handler=None) -> str:
        pages = self._pages
        first_page = next((kid[0] for kid in self.kids if isinstance(kid, tuple)), None)
        kids = []
        for kid in self.kids:
            if isinstance(kid, Element):
                kids.append(kid.ref)
            elif isinstance(kid, AnnotationKid):
                on = pages(kid.page).ref
                kids.append(f"<</Type/OBJR/Obj {kid.annotation.ref}/Pg {on}>>")
            else:
                page, mcid = kid
                if page == first_page:
                    kids.append(str(mcid))
                else:
                    kids.append(f"<</Type/MCR/Pg {pages(page).ref}/MCID {mcid}>>")
        # /Type is optional for an element, and most are table cells: a 200-profile dossier
        # has some 90 000 elements, each its own uncompressed object.
        parts = [f"/S/{self.role}/P {self.parent.ref}"]
        if first_page is not None:
            parts.append(f"/Pg {pages(first_page).ref}")
        if len(kids) == 1:
            parts.append(f"/K {kids[0]}")
        elif kids:
            parts.append(f"/K[{' '.join(kids)}]")
        if self.lang:
            parts.append(f"/Lang {_string(self.lang, _security_handler, self.id)}")
        if self.alt:
            parts.append(f"/Alt {_string(self.alt, _security_handler, self.id)}")
        if self.scope:
            parts.append(f"/A<</O/Table/Scope/{self.scope}>>")
        return f"{self.id} 0 obj\n<<{''.join(parts)}>>\nendobj"


class _ParentTree(PDFObject):
    """The number tree from each page's /StructParents (and each annotation's /StructParent)
    to the elements its marked content belongs to, indexed by MCID."""

    __slots__ = ("_id", "entries")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[int, list[Element] | Element] = {}

    def serialize(self, obj_dict=None, _security_handler=None) -> str:
        nums = []
        for key in sorted(self.entries):
            value = self.entries[key]
            if isinstance(value, list):
                nums.append(f"{key} [{' '.join(e.ref for e in value)}]")
            else:
                nums.append(f"{key} {value.ref}")
        return f"{self.id} 0 obj\n<</Nums[{chr(10).join(nums)}]>>\nendobj"


class _Root(PDFObject):
    __slots__ = ("_id", "document", "next_key", "parent_tree")

    def __init__(self) -> None:
        super().__init__()
        self.document: Element | None = None
        self.parent_tree = _ParentTree()
        self.next_key = 0

    def serialize(self, obj_dict=None, _security_handler=None) -> str:
        assert self.document is not None
        return (
            f"{self.id} 0 obj\n<</Type/StructTreeRoot/K {self.document.ref}"
            f"/ParentTree {self.parent_tree.ref}/ParentTreeNextKey {self.next_key}>>\nendobj"
        )


class Tags:
    """The structure tree of one document being written, and its marked content."""

    def __init__(self, pdf: TaggedPDF, lang: str) -> None:
        self.pdf = pdf
        self.lang = lang  # the document's /Lang: elements say theirs only where it differs
        self.root = _Root()
        self.document = Element("Document", self.root)
        self.root.document = self.document
        self._elements: list[Element] = [self.document]
        self._stack: list[Element] = [self.document]
        self._leaf: Element | None = None  # the element whose content is being drawn
        # The open sequence: its page, and the page's stream length before and after its BDC.
        self._open: tuple[int, int, int] | None = None
        self._paused = 0
        self._artifacts = 0  # open artifact blocks (only the outermost is marked)
        self._page_keys: dict[int, int] = {}

    # --- the tree ---------------------------------------------------------------------------
    @property
    def current(self) -> Element:
        """The innermost open group: where new elements go."""
        return self._stack[-1]

    def element(
        self,
        role: str,
        lang: str | None = None,
        alt: str | None = None,
        scope: str | None = None,
        parent: Element | None = None,
    ) -> Element:
        """A new element, the last child of ``parent`` (by default the innermost open group)."""
        parent = parent or self._stack[-1]
        inherited = parent._in_lang or self.lang
        element = Element(role, parent, lang if lang != inherited else None, alt, scope)
        element._in_lang = lang or inherited
        parent.kids.append(element)
        self._elements.append(element)
        return element

    @contextlib.contextmanager
    def group(self, role: str, lang: str | None = None) -> Iterator[Element]:
        """An element whose children are the elements made inside the block."""
        with self.within(self.element(role, lang)) as element:
            yield element

    @contextlib.contextmanager
    def within(self, element: Element) -> Iterator[Element]:
        """Add children to an existing element (a profile's section in each language)."""
        self._stack.append(element)
        try:
            yield element
        finally:
            self._stack.pop()

    @contextlib.contextmanager
    def content(
        self,
        role: str,
        lang: str | None = None,
        alt: str | None = None,
        scope: str | None = None,
    ) -> Iterator[Element | None]:
        """An element holding what is drawn in the block. Inside another element's content or
        an artifact, what is drawn simply belongs to that (a paragraph drawn in a table cell)."""
        if self._leaf is not None or self._paused:
            yield None
            return
        with self.into(self.element(role, lang, alt, scope)) as element:
            yield element

    @contextlib.contextmanager
    def into(self, element: Element) -> Iterator[Element]:
        """Draw more content for ``element`` (a contents entry's page number, drawn later)."""
        assert self._leaf is None, "marked content does not nest"
        self._leaf = element
        self._begin()
        try:
            yield element
        finally:
            self._end()
            self._leaf = None

    @contextlib.contextmanager
    def artifact(self) -> Iterator[None]:
        """What is drawn in the block is no content (running header, footer, rules, borders)."""
        self.pause()
        self._artifacts += 1
        if self._artifacts == 1:
            self.pdf.emit("/Artifact BMC")
        try:
            yield
        finally:
            if self._artifacts == 1:
                self.pdf.emit("EMC")
            self._artifacts -= 1
            self.resume()

    def link(self, element: Element, annotation: PDFObject) -> int:
        """Make ``annotation`` (on the current page) a kid of ``element``: its /StructParent."""
        key = self._new_key()
        element.kids.append(AnnotationKid(annotation, self.pdf.page))
        self.root.parent_tree.entries[key] = element
        return key

    # --- marked content ---------------------------------------------------------------------
    def pause(self) -> None:
        """Close the open sequence (before a page break or an artifact); ``resume`` reopens."""
        self._paused += 1
        if self._paused == 1:
            self._end()

    def resume(self) -> None:
        self._paused -= 1
        if self._paused == 0 and self._leaf is not None:
            self._begin()

    def _begin(self) -> None:
        if self._paused:
            return
        pdf, element = self.pdf, self._leaf
        assert element is not None
        page = pdf.page
        key = self._page_keys.get(page)
        if key is None:
            key = self._page_keys[page] = self._new_key()
            pdf.set_struct_parents(page, key)
            self.root.parent_tree.entries[key] = []
        owners = self.root.parent_tree.entries[key]
        assert isinstance(owners, list)
        mcid = len(owners)
        owners.append(element)
        element.kids.append((page, mcid))
        before = pdf.content_length()
        pdf.emit(f"/{element.role} <</MCID {mcid}>> BDC")
        self._open = (page, before, pdf.content_length())

    def _end(self) -> None:
        if self._open is None:
            return
        page, before, after = self._open
        self._open = None
        pdf = self.pdf
        if pdf.page == page and pdf.content_length() == after:
            # Nothing drawn (a page break came first): no empty sequence left behind.
            pdf.take_back(before)
            owners = self.root.parent_tree.entries[self._page_keys[page]]
            assert isinstance(owners, list)
            owners.pop()
            assert self._leaf is not None
            self._leaf.kids.pop()
            return
        pdf.emit("EMC")

    def _new_key(self) -> int:
        key = self.root.next_key
        self.root.next_key += 1
        return key

    # --- output -----------------------------------------------------------------------------
    def empty(self) -> bool:
        return len(self._elements) == 1

    def objects(self) -> Iterator[PDFObject]:
        """The tree's PDF objects, the root first (its catalog entry)."""
        pages = self.pdf.page_object
        yield self.root
        yield self.root.parent_tree
        for element in self._elements:
            element._pages = pages
            yield element
