"""Reusable field widgets: each edits one addressed value and reports the user's edits.

Every field widget has ``rel`` (its address relative to the record its form shows, e.g.
``arrest_place``), ``set_value`` (fill it, never reporting an edit) and ``flush`` (report a
pending edit now), and emits ``edited(rel, value)`` when the user has changed the value: typing
is reported after a short pause or on leaving the field, choices at once. The editing widgets
inside carry the schema field path as objectName and ``fieldPath`` property, which is how the
schema-coverage test and the level badges find them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import bidi, vocab
from profileeditor.gui.editor.paths import is_empty
from profileeditor.gui.editor.textinput import InputError, parse_int, parse_partial_date

# How long typing may pause before the edit is saved.
DEBOUNCE_MS = 500
# The narrowest a choice list gets, in characters (the form must fit a 700-pixel window).
COMBO_MIN_CHARS = 12


def ui_lang() -> str:
    """ "ar" when the interface is Arabic (right-to-left layout or an Arabic default locale)."""
    app = QApplication.instance()
    if app is not None and QApplication.layoutDirection() == Qt.RightToLeft:
        return "ar"
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def mark(widget: QWidget, schema_path: str) -> QWidget:
    """Name an editing widget after the schema field it edits."""
    widget.setObjectName(schema_path)
    widget.setProperty("fieldPath", schema_path)
    return widget


class FieldWidget(QWidget):
    """Base of every field: one value at ``rel`` inside the record its form shows."""

    edited = Signal(str, object)

    def __init__(self, rel: str, schema_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.rel = rel
        self.schema_path = schema_path
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Report a pending edit now (before saving on close, switching or undo)."""

    def _report(self, rel: str, value: Any) -> None:
        self.edited.emit(rel, value)


class _FocusOut(QObject):
    """Calls back when the watched widget loses the keyboard focus."""

    def __init__(self, watched: QWidget, callback):
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class _Debounced:
    """Commit after DEBOUNCE_MS of quiet, or at once on flush; remembers the last shown value so
    that an edit back to it is not reported."""

    def __init__(self, owner: QWidget, read, commit):
        self._read = read
        self._commit = commit
        self.shown: Any = None
        self.timer = QTimer(owner)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self.pending = False

    def touch(self) -> None:
        self.pending = True
        self.timer.start()

    def reset(self, value: Any) -> None:
        self.timer.stop()
        self.pending = False
        self.shown = value

    def flush(self) -> None:
        self.timer.stop()
        if not self.pending:
            return
        try:
            value = self._read()
        except InputError:
            return  # invalid input stays on screen with its message and is not saved
        self.pending = False
        if value != self.shown and not (is_empty(value) and is_empty(self.shown)):
            self.shown = value
            self._commit(value)


def _text_or_none(text: str) -> str | None:
    # Only trailing whitespace of a whole value is insignificant; inner text is the user's.
    return text if text.strip() else None


def input_error_text(error: InputError) -> str:
    """The user-facing wording of an input error, in the interface language. (One fixed context:
    ``self.tr`` looks a text up under the runtime class, so the texts of a base class shown by a
    subclass, such as DateField, would never be found.)"""
    translate = QCoreApplication.translate
    if error.reason == "format":
        return translate(
            "EditorInputError",
            "Write a year, a year and month, or a full date: 2019, 2019-05, 2019-05-12",
        )
    if error.reason == "month":
        return translate("EditorInputError", "The month must be between 1 and 12")
    if error.reason == "no_day":
        return translate("EditorInputError", "There is no such day in the calendar")
    if error.reason == "number":
        return translate("EditorInputError", "Write a whole number")
    if error.reason == "min":
        return translate("EditorInputError", "At least %1").replace("%1", str(error.bound))
    return translate("EditorInputError", "At most %1").replace("%1", str(error.bound))


def controls_note(parent: QWidget) -> QLabel:
    """The note under a text field whose typed or pasted text lost its direction controls."""
    note = QLabel(parent)
    note.setObjectName("controlsNote")
    note.setWordWrap(True)
    note.setStyleSheet("color: #8a5a00;")
    # As wide as the input above it, never wider: a wrapped label asks for room of its own, and
    # under one side of a name it squeezed the other side to a sliver.
    note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    note.hide()
    return note


def show_controls_note(note: QLabel) -> None:
    note.setText(
        QCoreApplication.translate(
            "EditorInputError",
            "Invisible direction controls were removed: they would turn the text after them "
            "around.",
        )
    )
    note.show()


def without_controls(text: str, cursor: int) -> tuple[str, int]:
    """``text`` without the direction controls that span other text (core/bidi.py neutralise:
    embeddings, overrides, isolates; a U+202E in a name turned the fields and sentences after it
    around), and where ``cursor`` falls in it."""
    return bidi.neutralise(text), len(bidi.neutralise(text[:cursor]))


class LineField(FieldWidget):
    """One line of free text (``direction`` fixes it for text in a known language).

    Direction controls typed or pasted are taken out at once, with a note under the field
    (``without_controls``): the value saved is the one shown."""

    def __init__(self, rel, schema_path, direction=None, placeholder="", parent=None):
        super().__init__(rel, schema_path, parent)
        self.edit = mark(QLineEdit(self), schema_path)
        if direction is not None:
            self.edit.setLayoutDirection(direction)
            self.edit.setAlignment(
                Qt.AlignRight if direction == Qt.RightToLeft else Qt.AlignLeft  # type: ignore[arg-type]
            )
        self.edit.setPlaceholderText(placeholder)
        # The input with what is said about it under it (not beside it: a long message squeezed
        # the form's rows into slivers, issue 13 item 8).
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        self.controls_note = controls_note(self)
        column.addWidget(self.controls_note)
        self._layout.addLayout(column, 1)
        self._column = column
        self._debounce = _Debounced(self, self.read, lambda v: self._report(self.rel, v))
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._debounce.flush)

    def _typed(self, text: str) -> None:
        cleaned, cursor = without_controls(text, self.edit.cursorPosition())
        if cleaned != text:
            self.edit.setText(cleaned)
            self.edit.setCursorPosition(cursor)
            show_controls_note(self.controls_note)
        self._edited()

    def _edited(self) -> None:
        self._debounce.touch()

    def read(self) -> Any:
        return _text_or_none(self.edit.text())

    def show_text(self, value: Any) -> str:
        return "" if value is None else str(value)

    def set_value(self, value: Any) -> None:
        if value != self._debounce.shown:  # another value, not this one saved and shown again
            self.controls_note.hide()
        self.edit.setText(self.show_text(value))
        if not self.edit.hasFocus():
            # Shown from its start: a value longer than its box showed its end ("iminal Court,
            # terrorism circuit"), the cursor being left there. Not under the typing cursor.
            self.edit.setCursorPosition(0)
        self._debounce.reset(value)
        self._show_error(None)

    def flush(self) -> None:
        self._debounce.flush()

    def _show_error(self, message: str | None) -> None:
        self.edit.setProperty("invalid", bool(message))
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if message else "")
        self.edit.setToolTip(message or "")


class ValidatedLineField(LineField):
    """A line whose text must parse; the parse error shows under the field as you type."""

    def __init__(self, rel, schema_path, parent=None, placeholder=""):
        super().__init__(rel, schema_path, placeholder=placeholder, parent=parent)
        self.message = QLabel(self)
        self.message.setObjectName("validation")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self._column.insertWidget(1, self.message)  # under the input (LineField)

    def _narrow(self, width: int) -> None:
        """A short value's box (a date, a number): ``width`` wide, or as wide as its placeholder
        (up to 120 more), at the start of the field's column (the right in Arabic), not floating in the
        middle of it as a box narrower than its column would."""
        hint = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 24
        self.edit.setFixedWidth(min(max(width, hint), width + 120))
        # Absolute: the box itself is left to right (ISO dates, digits), and a layout would
        # mirror its alignment by the box's direction, not the form's.
        start = Qt.AlignRight if QApplication.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
        self._column.setAlignment(self.edit, start | Qt.AlignAbsolute)  # type: ignore[call-overload]

    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def read(self) -> Any:
        return self.parse(self.edit.text())

    def _edited(self) -> None:
        try:
            self.parse(self.edit.text())
        except InputError as error:
            self._show_error(input_error_text(error))
        else:
            self._show_error(None)
        super()._edited()

    def _show_error(self, message: str | None) -> None:
        super()._show_error(message)
        self.message.setText(message or "")
        self.message.setVisible(bool(message))


class DateField(ValidatedLineField):
    """A partial date: 2019, 2019-05 or 2019-05-12 (Arabic digits and / . accepted)."""

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, parent=parent)
        self.edit.setPlaceholderText(self.tr("year, year-month or full date"))
        # Dates are written in ISO order in both languages; keep the digits left-to-right.
        self.edit.setLayoutDirection(Qt.LeftToRight)
        self._narrow(170)

    def parse(self, text: str) -> Any:
        return parse_partial_date(text)


class IntField(ValidatedLineField):
    def __init__(self, rel, schema_path, minimum=None, maximum=None, parent=None):
        super().__init__(rel, schema_path, parent=parent)
        self._range = (minimum, maximum)
        self.edit.setLayoutDirection(Qt.LeftToRight)
        self._narrow(110)

    def parse(self, text: str) -> Any:
        return parse_int(text, *self._range)


class TextAreaField(FieldWidget):
    """Several lines of free text (bio, notes)."""

    def __init__(self, rel, schema_path, direction=None, parent=None, min_height=70):
        super().__init__(rel, schema_path, parent)
        self.edit = mark(QPlainTextEdit(self), schema_path)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(min_height)
        if direction is not None:
            self.edit.setLayoutDirection(direction)
            option = self.edit.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignRight if direction == Qt.RightToLeft else Qt.AlignLeft)  # type: ignore[arg-type]
            self.edit.document().setDefaultTextOption(option)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        self.controls_note = controls_note(self)
        column.addWidget(self.controls_note)
        self._layout.addLayout(column, 1)
        self._loading = False
        self._debounce = _Debounced(self, self.read, lambda v: self._report(self.rel, v))
        self.edit.textChanged.connect(self._changed)
        _FocusOut(self.edit, self._debounce.flush)

    def _changed(self) -> None:
        if self._loading:
            return
        text = self.edit.toPlainText()
        cursor = self.edit.textCursor().position()
        cleaned, position = without_controls(text, cursor)
        if cleaned != text:  # typed or pasted: taken out at once, and said (LineField)
            self._loading = True
            try:
                self.edit.setPlainText(cleaned)
            finally:
                self._loading = False
            moved = self.edit.textCursor()
            moved.setPosition(position)
            self.edit.setTextCursor(moved)
            show_controls_note(self.controls_note)
        self._debounce.touch()

    def read(self) -> Any:
        return _text_or_none(self.edit.toPlainText())

    def set_value(self, value: Any) -> None:
        if value != self._debounce.shown:
            self.controls_note.hide()
        self._loading = True
        try:
            self.edit.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False
        self._debounce.reset(value)

    def flush(self) -> None:
        self._debounce.flush()


class StringListField(TextAreaField):
    """A list of short strings (aliases, tags), one per line."""

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, parent=parent, min_height=48)
        self.edit.setPlaceholderText(self.tr("one per line"))
        self.edit.setMaximumHeight(72)

    def read(self) -> Any:
        items = [line.strip() for line in self.edit.toPlainText().splitlines()]
        return [item for item in items if item] or None

    def set_value(self, value: Any) -> None:
        if (value or None) != self._debounce.shown:
            self.controls_note.hide()
        self._loading = True
        try:
            self.edit.setPlainText("\n".join(value or []))
        finally:
            self._loading = False
        self._debounce.reset(value or None)


class BilingualField(FieldWidget):
    """A ``{ar, en}`` text: the Arabic side right-to-left, the English side left-to-right."""

    def __init__(self, rel, schema_path, multiline=False, parent=None):
        super().__init__(rel, schema_path, parent)
        self.sides: dict[str, FieldWidget] = {}
        box = QVBoxLayout() if multiline else QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(box)
        for lang, direction in (("ar", Qt.RightToLeft), ("en", Qt.LeftToRight)):
            sub_rel, sub_path = f"{rel}.{lang}", f"{schema_path}.{lang}"
            if multiline:
                side: FieldWidget = TextAreaField(sub_rel, sub_path, direction, self)
            else:
                side = LineField(sub_rel, sub_path, direction, parent=self)
            side.edit.setPlaceholderText(self.tr("Arabic") if lang == "ar" else self.tr("English"))
            side.edited.connect(self._report)
            self.sides[lang] = side
            box.addWidget(side, 0, Qt.AlignTop)  # level when one side has a note under it

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        for lang, side in self.sides.items():
            side.set_value(value.get(lang))

    def flush(self) -> None:
        for side in self.sides.values():
            side.flush()


class ComboField(FieldWidget):
    """A choice among codes with labels; a stored code not in the list is kept and shown as is."""

    def __init__(self, rel, schema_path, options=(), parent=None):
        super().__init__(rel, schema_path, parent)
        self.combo = mark(QComboBox(self), schema_path)
        # Not as wide as the longest choice (a country, a long vocabulary label): the form must
        # fit a narrow window; the open list still shows the choices whole.
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(COMBO_MIN_CHARS)
        self.combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self._layout.addWidget(self.combo)
        self._options: list[tuple[str, str]] = list(options)
        self._value: Any = None
        self.combo.activated.connect(self._activated)
        self._fill()

    def set_options(self, options) -> None:
        self._options = list(options)
        self._fill()

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("—", None)
        for code, text in self._options:
            self.combo.addItem(text, code)
        codes = [code for code, _ in self._options]
        if self._value is not None and self._value not in codes:
            self.combo.addItem(str(self._value), self._value)
        index = self.combo.findData(self._value) if self._value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def _activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value != self._value:
            self._value = value
            self._report(self.rel, value)

    def set_value(self, value: Any) -> None:
        self._value = value
        self._fill()


def vocab_options(list_name: str) -> list[tuple[str, str]]:
    lang = ui_lang()
    return [(code, vocab.label(list_name, code, lang)) for code in vocab.codes(list_name)]


class VocabField(ComboField):
    """A code from a controlled vocabulary, labelled in the interface language."""

    def __init__(self, rel, schema_path, list_name, parent=None):
        super().__init__(rel, schema_path, vocab_options(list_name), parent)


class BoolField(ComboField):
    """Yes / no / not known (absent): a check box could not say "not known"."""

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, [(True, self.tr("Yes")), (False, self.tr("No"))], parent)


class ReadOnlyField(FieldWidget):
    """A value the program sets (ids, hashes, timestamps), shown and selectable.

    A frameless read-only line rather than a label: a label is as wide as its text (a UUID, a
    SHA-256) and would widen the whole form past a narrow window; a line scrolls."""

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, parent)
        self.label = mark(QLineEdit(self), schema_path)
        self.label.setReadOnly(True)
        self.label.setFrame(False)
        self.label.setFocusPolicy(Qt.ClickFocus)
        self.label.setStyleSheet("QLineEdit { color: palette(mid); background: transparent; }")
        if QApplication.layoutDirection() == Qt.RightToLeft:
            # A line aligns by its text's direction; an id would sit far from its Arabic label.
            self.label.setAlignment(Qt.AlignRight | Qt.AlignAbsolute | Qt.AlignVCenter)  # type: ignore[arg-type]
        self._layout.addWidget(self.label)

    def set_value(self, value: Any) -> None:
        self.label.setText("" if value is None else str(value))
        self.label.setCursorPosition(0)


class ChargesField(FieldWidget):
    """Charges: codes from the vocabulary or free text, added from an editable list."""

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, parent)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(column)
        self.list = mark(QListWidget(self), schema_path)
        self.list.setMaximumHeight(90)
        column.addWidget(self.list)
        row = QHBoxLayout()
        self.chooser = QComboBox(self)
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.NoInsert)
        self.chooser.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.chooser.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(COMBO_MIN_CHARS)
        for code, text in vocab_options("charge"):
            self.chooser.addItem(text, code)
        self.chooser.setCurrentIndex(-1)
        self.chooser.lineEdit().setPlaceholderText(self.tr("choose or type a charge"))
        add = QPushButton(self.tr("Add"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        row.addWidget(self.chooser, 1)
        row.addWidget(add)
        row.addWidget(remove)
        column.addLayout(row)
        self._value: list[str] = []

    def _codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]

    def _add(self) -> None:
        text = self.chooser.currentText().strip()
        if not text:
            return
        index = self.chooser.findText(text)
        code = self.chooser.itemData(index) if index >= 0 else text  # free text is kept as is
        if code in self._value:
            return
        self._set_and_report([*self._value, code])

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        value = list(self._value)
        del value[row]
        self._set_and_report(value)

    def _set_and_report(self, value: list[str]) -> None:
        self.set_value(value)
        self.chooser.setCurrentIndex(-1)
        self.chooser.clearEditText()
        self._report(self.rel, value or None)

    def set_value(self, value: Any) -> None:
        self._value = list(value or [])
        self.list.clear()
        lang = ui_lang()
        for code in self._value:
            item = QListWidgetItem(vocab.label("charge", code, lang))
            item.setData(Qt.UserRole, code)
            self.list.addItem(item)


class ReferencesField(FieldWidget):
    """Ids of other records of the profile (an event's sources), ticked in a list."""

    def __init__(self, rel, schema_path, parent=None):
        super().__init__(rel, schema_path, parent)
        self.list = mark(QListWidget(self), schema_path)
        self.list.setMaximumHeight(90)
        self._layout.addWidget(self.list)
        self._options: list[tuple[str, str]] = []
        self._value: list[str] = []
        self.list.itemChanged.connect(self._changed)

    def set_options(self, options) -> None:
        self._options = list(options)
        self.set_value(self._value)

    def set_value(self, value: Any) -> None:
        self._value = list(value or [])
        self.list.blockSignals(True)
        self.list.clear()
        known = {ref for ref, _ in self._options}
        # A reference to a record that is gone is still shown, so it can be seen and unticked.
        options = self._options + [(ref, ref) for ref in self._value if ref not in known]
        for ref, text in options:
            item = QListWidgetItem(text or ref)
            item.setData(Qt.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if ref in self._value else Qt.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _changed(self, _item) -> None:
        ticked = [
            self.list.item(i).data(Qt.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.Checked
        ]
        # Keep the stored order of references that stay; append the new ones.
        value = [ref for ref in self._value if ref in ticked]
        value += [ref for ref in ticked if ref not in value]
        self._value = value
        self._report(self.rel, value or None)
