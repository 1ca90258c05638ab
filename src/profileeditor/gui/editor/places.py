"""Governorate and facility fields: a bilingual ``{ar, en}`` name typed with completion from the
known places (core/places.py), free text still allowed (issue 13 item 9).

Each side is an editable combo: its list holds the known names in its language, and typing
completes from any part of a name ("natrun" offers "Wadi El-Natrun Prison"). Picking a known place
on one side fills the other side with its name in the other language — unless that side holds a
name the user typed, which is never overwritten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QSizePolicy, QVBoxLayout

from profileeditor.core import places
from profileeditor.gui.editor.fields import (
    COMBO_MIN_CHARS,
    FieldWidget,
    _Debounced,
    controls_note,
    mark,
    show_controls_note,
    without_controls,
)

POPUP_MAX_WIDTH = 460
_DIRECTIONS = {"ar": Qt.LayoutDirection.RightToLeft, "en": Qt.LayoutDirection.LeftToRight}


class PlaceSide(FieldWidget):
    """One language of a place name: an editable combo with completion."""

    committed = Signal(object)  # the value just reported (str or None)

    def __init__(self, rel: str, schema_path: str, kind: str, lang: str, parent=None):
        super().__init__(rel, schema_path, parent)
        self.lang = lang
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(COMBO_MIN_CHARS)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setLayoutDirection(_DIRECTIONS[lang])
        known = places.names(kind, lang)
        self.combo.addItem("")
        self.combo.addItems(known)
        completer = QCompleter(known, self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        # The offers whole even under a narrow field: "Tora Tahqiq (Investigation) Prison".
        popup = completer.popup()
        widest = max((popup.fontMetrics().horizontalAdvance(n) for n in known), default=0)
        popup.setMinimumWidth(min(POPUP_MAX_WIDTH, widest + 40))
        self.completer = completer
        self.edit = self.combo.lineEdit()
        mark(self.edit, schema_path)
        self.edit.setAlignment(
            Qt.AlignmentFlag.AlignRight if lang == "ar" else Qt.AlignmentFlag.AlignLeft
        )
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.combo)
        self.controls_note = controls_note(self)
        column.addWidget(self.controls_note)
        self._layout.addLayout(column, 1)
        self._debounce = _Debounced(self, self.read, self._commit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._debounce.flush)
        # A name chosen from the list or the completion is an edit finished at once.
        self.combo.activated.connect(self._chosen)
        completer.activated.connect(self._completed)

    def _typed(self, text: str) -> None:
        """Direction controls typed or pasted are taken out, and said (fields.LineField)."""
        cleaned, cursor = without_controls(text, self.edit.cursorPosition())
        if cleaned != text:
            self.edit.setText(cleaned)
            self.edit.setCursorPosition(cursor)
            show_controls_note(self.controls_note)
        self._debounce.touch()

    def _chosen(self, _index: int) -> None:
        self._debounce.touch()
        self._debounce.flush()

    def _completed(self, text: str) -> None:
        if self.edit.text() != text:
            self.edit.setText(text)
        self._chosen(0)

    def _commit(self, value: Any) -> None:
        self._report(self.rel, value)
        self.committed.emit(value)

    def read(self) -> str | None:
        text = self.edit.text().rstrip()
        return text or None

    def set_value(self, value: Any) -> None:
        if value != self._debounce.shown:
            self.controls_note.hide()
        self.combo.blockSignals(True)
        self.edit.setText("" if value is None else str(value))
        self.combo.blockSignals(False)
        self._debounce.reset(value)

    def fill(self, value: str) -> None:
        """Show ``value`` and report it, as if typed (the other side picked a known place)."""
        self.set_value(self.read())
        self.edit.setText(value)
        self._debounce.touch()
        self._debounce.flush()

    def flush(self) -> None:
        self._debounce.flush()


class PlaceField(FieldWidget):
    """A ``{ar, en}`` place name with both sides completed from the known ``kind`` of place."""

    def __init__(self, rel: str, schema_path: str, kind: str, parent=None):
        super().__init__(rel, schema_path, parent)
        self.kind = kind
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(box)
        self.sides: dict[str, PlaceSide] = {}
        for lang in ("ar", "en"):
            side = PlaceSide(f"{rel}.{lang}", f"{schema_path}.{lang}", kind, lang, self)
            side.edit.setPlaceholderText(self.tr("Arabic") if lang == "ar" else self.tr("English"))
            side.edited.connect(self._report)
            side.committed.connect(lambda value, lang=lang: self._fill_other(lang, value))
            self.sides[lang] = side
            box.addWidget(side)

    def _fill_other(self, lang: str, value: str | None) -> None:
        place = places.find(self.kind, value)
        if place is None:
            return
        other = self.sides["en" if lang == "ar" else "ar"]
        current = other.read()
        # Empty, or a known name (of the place picked before): replaced. A typed name: kept.
        if current == place[other.lang]:
            return
        if current is None or places.find(self.kind, current) is not None:
            other.fill(place[other.lang])

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for lang, side in self.sides.items():
            side.set_value(value.get(lang))

    def flush(self) -> None:
        for side in self.sides.values():
            side.flush()


def place_field(kind: str):
    """A tab's ``supplied`` maker (gui/editor/rows.py) for a place of ``kind``."""
    return lambda entry, rel: PlaceField(rel, entry.path, kind)
