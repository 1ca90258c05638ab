"""Form rows generated from the field catalogue (core/catalogue.py).

A tab says which record (and which editor group of it) a form shows; ``add_rows`` adds one row per
catalogue entry there, in catalogue order, labelled in the interface language, with the widget the
entry's ``widget`` kind names. A field added to the catalogue therefore appears in the editor
without touching the tab — unless its widget is one only the tab can build (a fixed choice list,
the charges picker), which the tab passes in ``supplied``; a kind nobody supplies is an error at
once, not a silently missing row.
"""

from __future__ import annotations

from collections.abc import Callable

from profileeditor.core import catalogue
from profileeditor.core.levels import LEVELS
from profileeditor.gui.editor.fields import (
    BilingualField,
    BoolField,
    ComboField,
    DateField,
    FieldWidget,
    IntField,
    LineField,
    ReadOnlyField,
    StringListField,
    TextAreaField,
    VocabField,
    ui_lang,
)
from profileeditor.gui.editor.form import Form, level_text

# Rows without a level badge: ids and bookkeeping, the attachment's bytes, and a record's own
# export level (it is the level).
NO_BADGE = frozenset({"readonly", "data", "level"})

# A tab's widget for an entry: called with the entry and its address inside the record.
Supplied = Callable[[catalogue.Entry, str], FieldWidget]


def relative(entry: catalogue.Entry, table: str) -> str:
    """The entry's address inside a record of ``table`` ("sentence.date" in a case)."""
    base = next(s.path for s in catalogue.record_specs() if s.table == table)
    return entry.path[len(base) + 1 :] if base else entry.path


def widget_for(entry: catalogue.Entry, rel: str) -> FieldWidget:
    """The generic widget of a catalogue entry (KeyError for a kind a tab must supply)."""
    kind, _, arg = entry.widget.partition(":")
    path = entry.path
    if kind == "readonly":
        return ReadOnlyField(rel, path)
    if kind == "line":
        return LineField(rel, path)
    if kind == "textarea":
        return TextAreaField(rel, path)
    if kind == "bilingual":
        return BilingualField(rel, path)
    if kind == "bilingual_multiline":
        return BilingualField(rel, path, multiline=True)
    if kind == "date":
        return DateField(rel, path)
    if kind == "int":
        bounds = [int(b) for b in arg.split(":") if b] if arg else []
        return IntField(rel, path, *bounds)
    if kind == "bool":
        return BoolField(rel, path)
    if kind == "list":
        return StringListField(rel, path)
    if kind == "vocab":
        return VocabField(rel, path, arg)
    if kind == "level":
        # When unset a source is internal (its identity is protected), an attachment its field's.
        return ComboField(rel, path, [(level, level_text(level)) for level in LEVELS])
    raise KeyError(f"{path}: the editor widget {entry.widget!r} must be supplied by its tab")


def entries_for(table: str, group: str = "") -> list[catalogue.Entry]:
    """The catalogue entries a form of ``table`` (and editor ``group``) shows: its own fields and
    its lists of plain strings (a case's charges), which are one row, not a list of records."""
    shown = {table} | {
        s.table
        for s in catalogue.record_specs()
        if s.scalar_list and (p := catalogue.parent_of(s)) is not None and p.table == table
    }
    return [
        e
        for e in catalogue.entries()
        if e.record.table in shown and e.widget and e.editor_group == group
    ]


def add_rows(
    form: Form,
    table: str,
    group: str = "",
    supplied: dict[str, Supplied] | None = None,
) -> dict[str, FieldWidget]:
    """Add a row per catalogue entry of ``table``/``group`` to ``form``; returns the widgets by
    field path (for tabs that wire one up further, e.g. the case a case was recycled from)."""
    supplied = supplied or {}
    lang = ui_lang()
    made: dict[str, FieldWidget] = {}
    for entry in entries_for(table, group):
        make = supplied.get(entry.path)
        rel = relative(entry, table)
        widget = make(entry, rel) if make else widget_for(entry, rel)
        form.add(
            catalogue.label(entry.path, lang),
            widget,
            level=entry.widget.partition(":")[0] not in NO_BADGE,
        )
        made[entry.path] = widget
    return made
