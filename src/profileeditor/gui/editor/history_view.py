"""The revision history of the profile: every changed field, when, by whom, old and new value."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

MAX_SHOWN = 160  # characters of a value in a cell; the tooltip has the rest


def _show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class HistoryView(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("historyView")
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.setSectionResizeMode(4, QHeaderView.Stretch)

    def show_revisions(self, revisions) -> None:
        """Newest first."""
        rows = list(reversed(revisions))
        self.setRowCount(len(rows))
        for row, revision in enumerate(rows):
            field = self.tr("created") if revision.field == "*" else revision.field
            cells = [
                revision.at,
                revision.author or "",
                field,
                _show(revision.old),
                _show(revision.new),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text[:MAX_SHOWN])
                if len(text) > MAX_SHOWN:
                    item.setToolTip(text[:4000])
                self.setItem(row, column, item)

    def clear_rows(self) -> None:
        self.setRowCount(0)
