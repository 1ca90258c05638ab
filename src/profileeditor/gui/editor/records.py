"""A list of sub-records (detentions, cases, renewal sessions, ...): a table and a detail form.

The table shows one row per record in stored order; Add and Remove change the list (one undoable
edit each); the form below edits the selected record. Nested lists (a detention's facilities, a
case's sessions) are RecordLists inside the form, pointed at the selected record by their owner
through ``currentChanged``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.gui.editor import paths
from profileeditor.gui.editor.form import Form


class RecordList(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)
    currentChanged = Signal(str, object)  # address of the shown record ("" for none), the record

    def __init__(
        self,
        schema_path: str,
        headers: list[str],
        summary: Callable[[dict], list[str]],
        new_item: Callable[[], dict] | None = None,
        add_text: str = "",
        with_id: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.schema_path = schema_path
        self.list_address = ""
        self._summary = summary
        self._new_item = new_item or (lambda: {})
        self._items: list[dict] = []
        self._profile: dict = {}
        self._selected: str | None = None
        self._with_id = with_id  # False for records the schema gives no id (facilities)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"table:{schema_path}")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text or self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_record)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.form = Form(schema_path, self)
        self.form.edited.connect(self.edited)
        self.form.levelRequested.connect(self.levelRequested)
        layout.addWidget(self.form)

    # -- showing ---------------------------------------------------------------------------------
    def show_items(self, list_address: str, profile: dict, full: bool = True) -> None:
        """Show the records at ``list_address`` ("" for none). Unless ``full``, a form already
        showing the selected record is left alone (the user may be typing in it)."""
        moved = list_address != self.list_address
        self.list_address = list_address
        self._profile = profile
        stored = paths.get(profile, list_address) if list_address else None
        self._items = [item for item in stored or [] if isinstance(item, dict)]
        ids = self._keys()
        if moved or self._selected not in ids:
            self._selected = ids[0] if ids else None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            for column, text in enumerate(self._summary(item)):
                cell = QTableWidgetItem(text)
                self.table.setItem(row, column, cell)
        if self._selected is not None:
            self.table.selectRow(ids.index(self._selected))
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self.add_button.setEnabled(bool(list_address))
        self.remove_button.setEnabled(self._selected is not None)
        self._show_selected(force=full or moved)

    def _show_selected(self, force: bool) -> None:
        item = self.current_item()
        address = paths.item_address(self.list_address, self._selected) if item else ""
        if force or address != self.form.base:
            self.form.show_record(address, item, self._profile)
        else:
            self.form.update_levels(self._profile)
        self.currentChanged.emit(address, item)

    def _keys(self) -> list[str]:
        """How each record is addressed: its id, or ``#index`` when it has none."""
        return [item.get("id") or f"#{index}" for index, item in enumerate(self._items)]

    def current_item(self) -> dict | None:
        for key, item in zip(self._keys(), self._items, strict=True):
            if key == self._selected:
                return item
        return None

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.flush()  # a pending edit belongs to the record that was shown
        self._selected = self._keys()[rows[0].row()]
        self.remove_button.setEnabled(True)
        self._show_selected(force=True)

    def expect(self, item_id: str) -> None:
        """Select ``item_id`` when it appears (after an edit that adds it)."""
        self._selected = item_id

    def select(self, item_id: str) -> None:
        ids = self._keys()
        if item_id in ids:
            self.table.selectRow(ids.index(item_id))

    # -- changing --------------------------------------------------------------------------------
    def add_record(self) -> str:
        """Append a new record (with a fresh UUID) and select it; returns its id."""
        self.flush()
        item = self._new_item()
        if self._with_id:
            item = {"id": str(uuid.uuid4()), **item}
        self._selected = item.get("id") or f"#{len(self._items)}"
        self.edited.emit(self.list_address, [*self._items, item])
        return self._selected

    def remove_selected(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.flush()
        remaining = [i for i in self._items if i is not item]
        self._selected = None
        self.edited.emit(self.list_address, remaining)

    def flush(self) -> None:
        self.form.flush()

    def clear(self) -> None:
        self._selected = None
        self.list_address = ""
        self.show_items("", {}, full=True)
