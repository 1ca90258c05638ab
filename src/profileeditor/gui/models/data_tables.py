"""Read-only table models for the data dialogs (spreadsheet import problems, duplicate pairs,
exchange conflicts): one model per table, each with its column constants."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from profileeditor.gui import i18n, messages

_ROOT = QModelIndex()


def _rtl() -> bool:
    return i18n.language() == "ar"


def show_value(value: Any) -> str:
    """A stored value as one line of text: lists joined, dicts as JSON, nothing as a dash."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return (
            "، ".join(show_value(v) for v in value)
            if _arabic(value)
            else ", ".join(show_value(v) for v in value)
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


def _arabic(values: list) -> bool:
    return any(isinstance(v, str) and any("\u0600" <= ch <= "\u06ff" for ch in v) for v in values)


class _RowsModel(QAbstractTableModel):
    """Rows of items shown through ``cell``; subclasses name their columns."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Any] = []

    def titles(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def remove_where(self, predicate) -> None:
        self.set_items([i for i in self._items if not predicate(i)])

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self.titles()
            return titles[section] if 0 <= section < len(titles) else None
        return section + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._items[index.row()], index.column())
        return None


class ProblemsModel(_RowsModel):
    """Every problem of a planned spreadsheet import (importers.spreadsheet.Problem)."""

    ROW, COLUMN, VALUE, KIND, MESSAGE = range(5)

    def titles(self) -> list[str]:
        return [
            QCoreApplication.translate("DataTables", "Row"),
            QCoreApplication.translate("DataTables", "Column"),
            QCoreApplication.translate("DataTables", "Value"),
            QCoreApplication.translate("DataTables", "Kind"),
            QCoreApplication.translate("DataTables", "Problem"),
        ]

    def cell(self, problem, column: int) -> str:
        if column == self.ROW:
            return str(problem.row)
        if column == self.COLUMN:
            return problem.column or "—"
        if column == self.VALUE:
            return problem.value or "—"
        if column == self.KIND:
            return (
                QCoreApplication.translate("DataTables", "error")
                if problem.severity == "error"
                else QCoreApplication.translate("DataTables", "warning")
            )
        return messages.problem_text(problem)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            from PySide6.QtGui import QColor

            severe = self._items[index.row()].severity == "error"
            return QColor("#a31515") if severe else QColor("#7a5a00")
        return super().data(index, role)


class PairsModel(_RowsModel):
    """Likely duplicate pairs (core.duplicates.DuplicatePair), best first."""

    SCORE, NAME_A, NAME_B, REASONS = range(4)

    def titles(self) -> list[str]:
        return [
            QCoreApplication.translate("DataTables", "Score"),
            QCoreApplication.translate("DataTables", "Profile"),
            QCoreApplication.translate("DataTables", "Possible duplicate"),
            QCoreApplication.translate("DataTables", "Why"),
        ]

    def cell(self, pair, column: int) -> str:
        if column == self.SCORE:
            return f"{pair.score:.0f}"
        if column == self.NAME_A:
            return pair.name_a
        if column == self.NAME_B:
            return pair.name_b
        return (
            "؛ ".join(map(messages.text, pair.reasons))
            if _rtl()
            else "; ".join(map(messages.text, pair.reasons))
        )


class ConflictsModel(_RowsModel):
    """Open exchange conflicts (core.exchange.conflicts records, plus a "name" key)."""

    PROFILE, FIELD, LOCAL, REMOTE, LOCAL_AT, REMOTE_AT = range(6)

    def titles(self) -> list[str]:
        return [
            QCoreApplication.translate("DataTables", "Profile"),
            QCoreApplication.translate("DataTables", "Field"),
            QCoreApplication.translate("DataTables", "Mine"),
            QCoreApplication.translate("DataTables", "Theirs"),
            QCoreApplication.translate("DataTables", "Mine changed"),
            QCoreApplication.translate("DataTables", "Theirs changed"),
        ]

    def cell(self, record: dict, column: int) -> str:
        if column == self.PROFILE:
            return record.get("name") or record["profile_id"]
        if column == self.FIELD:
            return field_label(record["field"])
        if column == self.LOCAL:
            return show_field_value(record["field"], record.get("local"))
        if column == self.REMOTE:
            return show_field_value(record["field"], record.get("remote"))
        at = record.get("local_at" if column == self.LOCAL_AT else "remote_at")
        return (at or "—").replace("T", " ")[:19]


def _target_of(path: str):
    """The importer's description of a field path (label, kind), or None."""
    import re

    from profileeditor.importers.mapping import TARGETS_BY_KEY

    key = re.sub(r"\[[^\]]*\]", "", path)
    for prefix, group in (("detentions.", "detention."), ("cases.", "case.")):
        if key.startswith(prefix):
            key = group + key[len(prefix) :]
    return TARGETS_BY_KEY.get(key)


def field_label(path: str) -> str:
    """A field path for people: sub-record ids left out ("detentions › arrest_date"), and the
    field's own label when the importer knows one."""
    import re

    target = _target_of(path)
    if target is not None:
        if not _is_arabic_ui():
            return target.label_en
        # Per-language variants ("bio.en") share their field's Arabic label: say which.
        if not target.names and target.key.endswith((".ar", ".en")):
            return target.label_ar + (" (عربي)" if target.key.endswith(".ar") else " (إنجليزي)")
        return target.label_ar
    return re.sub(r"\[[^\]]*\]", "", path).replace(".", " › ")


def show_field_value(path: str, value: Any) -> str:
    """``show_value``, with a vocabulary code, a fixed choice or a country shown by its label in
    the interface language."""
    target = _target_of(path)
    lang = "ar" if _is_arabic_ui() else "en"
    if target is not None and target.kind.startswith("vocab:") and isinstance(value, str):
        from profileeditor.core import vocab

        shown = vocab.label(target.kind.split(":", 1)[1], value, lang)
        if shown:
            return shown
    # A fixed choice or a country by its name, not its code ("female", "EG" in an Arabic view).
    if target is not None and target.kind.startswith("enum:") and isinstance(value, str):
        if target.key == "nationality":
            from profileeditor.gui.editor.countries import country_name

            return country_name(value, lang)
        from profileeditor.gui.editor.history_view import choice_labels

        return choice_labels().get(target.key, {}).get(value, value)
    return show_value(value)


def _is_arabic_ui() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Arabic
