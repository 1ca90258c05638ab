"""The profile list's table view: row layout for a thumbnail and two-line names, sorting by the
header, several rows selectable (Ctrl/Shift-click, for exports); the current row is the one the
editor shows. Lazy fetching is the model's (the view asks as it scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from profileeditor.gui.models import profile_list as cols

ROW_HEIGHT = 46


class ProfileTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profileTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSortingEnabled(True)
        self.setIconSize(QSize(cols.THUMBNAIL_SIZE, cols.THUMBNAIL_SIZE))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(cols.NAME, Qt.SortOrder.AscendingOrder)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        widths = {
            cols.PHOTO: cols.THUMBNAIL_SIZE + 8,
            cols.NAME: 230,
            cols.STATUS: 130,
            cols.PROFESSION: 130,
            cols.DAYS: 105,
            cols.FACILITY: 150,
            cols.CASES: 120,
            cols.BEYOND: 40,
            cols.UPDATED: 90,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(cols.PHOTO, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(cols.BEYOND, QHeaderView.ResizeMode.Fixed)
