"""Dossier rows from the field catalogue: each field's label and formatter, in catalogue order.

``core.catalogue`` says what every field is called and how a dossier prints it
(``Entry.dossier``: "text", "date", "int", "count:NOUN", "bool", "list", "vocab:LIST",
"enum:NAME", "country", "photo"). This module turns a record (a profile, a detention episode, a
case, ...) into ``(label, value)`` rows by walking its record's catalogue entries, so that a field
added to the catalogue appears in the dossier without an edit here (docs/ARCHITECTURE.md, "How to
add a field"). A few values read better composed from several fields (a facility with its dates,
the consent line); the sections that compose them say which paths they print, and every other
field of the record still gets its own row (``rest``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from profileeditor.core import bidi, catalogue, wording
from profileeditor.core.catalogue import Entry
from profileeditor.core.vocab import country_name
from profileeditor.core.vocab import label as vocab_label
from profileeditor.export.strings import s


@dataclass(frozen=True)
class Context:
    """How one profile's values are printed in one language."""

    lang: str
    arabic_digits: bool = False
    feminine: bool = False  # the person is a woman: labels and values agree
    mark_other_language: bool = True

    @property
    def sex(self) -> str | None:
        return "female" if self.feminine else None

    @property
    def comma(self) -> str:
        return "، " if self.lang == "ar" else ", "


def pick(text: dict | None, lang: str) -> str:
    """One side of a bilingual text, falling back to the other side when it is empty."""
    if not text:
        return ""
    other = "en" if lang == "ar" else "ar"
    return (text.get(lang) or text.get(other) or "").strip()


def pick_marked(text: dict | None, lang: str, mark: bool = True) -> str:
    """``pick``, with text that exists only in the other language marked as such."""
    if not text:
        return ""
    own = (text.get(lang) or "").strip()
    if own or not mark:
        return own or pick(text, lang)
    other = pick(text, lang)
    return f"{bidi.isolate(other, lang)} {wording.word('only_in', lang)}" if other else ""


def value_of(record: dict, entry: Entry):
    """The value of ``entry`` in ``record`` (its own record: a profile, a case, ...)."""
    value: object = record
    for part in entry.key.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def format_value(entry: Entry, value, ctx: Context) -> str:
    """``value`` as the dossier prints it, by the entry's formatter; "" for nothing to print.
    A value in the other direction only (a Latin name in an Arabic dossier) is isolated."""
    return bidi.isolate(_format(entry, value, ctx), ctx.lang)


def _format(entry: Entry, value, ctx: Context) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return ""
    kind, _, arg = entry.dossier.partition(":")
    lang, ad = ctx.lang, ctx.arabic_digits
    if kind == "text":
        if isinstance(value, dict):
            return pick_marked(value, lang, ctx.mark_other_language)
        return wording.digits(str(value).strip(), lang, ad)
    if kind == "date":
        return wording.date_text(str(value), lang, ad)
    if kind == "int":
        return wording.digits(str(value), lang, ad)
    if kind == "count":
        return wording.count(int(value), arg, lang, ad)
    if kind == "bool":
        return s("yes", lang) if value else s("no", lang)
    if kind == "list":
        return bidi.join((str(v) for v in value), ctx.comma, lang)
    if kind == "vocab":
        items = value if isinstance(value, list) else [value]
        return bidi.join((vocab_label(arg, v, lang, ctx.sex) for v in items if v), ctx.comma, lang)
    if kind == "enum":  # an enum of the schema: its labels are core/vocab.py's
        return vocab_label(arg, str(value), lang)
    if kind == "country":
        return country_name(str(value), lang)
    return ""  # "photo" and unknown kinds are not rows


def label(entry: Entry, ctx: Context) -> str:
    return catalogue.label(entry.path, ctx.lang, feminine=ctx.feminine)


# ``entries`` per (table, skip): asked for every record of every profile, and finding a field's
# record walks the record specs, so the lists are kept until the catalogue changes (tests).
_entries: dict[tuple[str, tuple[str, ...]], list[Entry]] = {}
catalogue.on_change(_entries.clear)


def entries(table: str, skip: Iterable[str] = ()) -> list[Entry]:
    """The printed fields of ``table`` in catalogue order, less the ``skip`` paths (printed
    elsewhere, or composed into another row)."""
    key = (table, tuple(skip))
    found = _entries.get(key)
    if found is None:
        left_out = set(key[1])
        found = _entries[key] = [
            e
            for e in catalogue.dossier_entries(table)
            if e.path not in left_out and not e.dossier.startswith("photo")
        ]
    return found


Composer = Callable[[dict, Context], str]


def rows(
    record: dict,
    table: str,
    ctx: Context,
    *,
    skip: Iterable[str] = (),
    composed: dict[str, Composer] | None = None,
) -> list[tuple[str, str]]:
    """``(label, value)`` rows of ``record``: one per printed field with a value, in catalogue
    order. ``composed`` gives the value of a path from the whole record (a row that reads
    better made of several fields); ``skip`` leaves paths out."""
    composed = composed or {}
    out = []
    for entry in entries(table, skip):
        make = composed.get(entry.path)
        text = make(record, ctx) if make else format_value(entry, value_of(record, entry), ctx)
        if text:
            out.append((label(entry, ctx), text))
    return out


def rest(record: dict, table: str, ctx: Context, handled: Iterable[str]) -> list[str]:
    """ "Label: value" for each printed field of ``record`` that a composed line (a sessions row,
    an event, a source) does not print itself — so a new field still shows."""
    return [
        f"{k}: {bidi.isolate(v, ctx.lang, inside=True)}"
        for k, v in rows(record, table, ctx, skip=handled)
    ]
