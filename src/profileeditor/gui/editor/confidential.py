"""The Confidential tab: health, lawyers, family contact and notes, visibly marked, and the
profile's raised levels (its ``sensitivity`` map)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.gui.editor.fields import mark
from profileeditor.gui.editor.form import Form, level_text
from profileeditor.gui.editor.identity import scrolling
from profileeditor.gui.editor.rows import add_rows


class ConfidentialTab(QWidget):
    edited = Signal(str, object)
    levelRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        banner = QLabel(
            self.tr(
                "Confidential: these fields never appear in a public export. Family contacts "
                "and notes stay inside the organisation."
            ),
            self,
        )
        banner.setObjectName("confidentialBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #8e1b10; border: 1px solid #e6a19a;"
            " border-radius: 3px; padding: 6px; font-weight: bold; }"
        )
        frame = QFrame(self)
        frame.setObjectName("confidentialFrame")
        frame.setStyleSheet("QFrame#confidentialFrame { border-left: 4px solid #c0392b; }")
        self.form = Form("", frame)
        self.form.layout_.setRowWrapPolicy(self.form.layout_.RowWrapPolicy.WrapAllRows)
        add_rows(self.form, "profiles", "confidential")  # rows from the field catalogue
        QVBoxLayout(frame).addWidget(self.form)

        self.raised = mark(QTableWidget(0, 2, self), "sensitivity")
        self.raised.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Raised to")])
        self.raised.verticalHeader().setVisible(False)
        self.raised.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.raised.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.raised.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.raised.setMaximumHeight(130)
        reset = QPushButton(self.tr("Back to the default level"), self)
        reset.clicked.connect(self._reset_selected)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(banner)
        layout.addWidget(frame)
        layout.addWidget(QLabel(self.tr("Levels raised for this profile"), self))
        layout.addWidget(self.raised)
        row = QHBoxLayout()
        row.addWidget(reset)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        self.form.edited.connect(self.edited)
        self.form.levelRequested.connect(self.levelRequested)

    def refresh(self, profile: dict, full: bool) -> None:
        if full:
            self.form.show_record("", profile, profile)
        else:
            self.form.update_levels(profile)
        raised = profile.get("sensitivity") or {}
        self.raised.setRowCount(len(raised))
        for row, (path, level) in enumerate(sorted(raised.items())):
            item = QTableWidgetItem(path)
            item.setData(Qt.UserRole, path)
            item.setTextAlignment(Qt.AlignLeft | Qt.AlignVCenter)  # paths read left to right
            self.raised.setItem(row, 0, item)
            self.raised.setItem(row, 1, QTableWidgetItem(level_text(level)))

    def _reset_selected(self) -> None:
        rows = self.raised.selectionModel().selectedRows()
        if rows:
            path = self.raised.item(rows[0].row(), 0).data(Qt.UserRole)
            self.levelRequested.emit(path, None)
