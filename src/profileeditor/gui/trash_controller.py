"""The trash: the bar under the list (Restore, Delete for good, Empty the trash) and what the
trash view changes in the window. Kept apart from main_window.py; the list refreshes itself
through the change hub after each of these writes.

Texts keep the "MainWindow" translation context they always had, so the catalogue still fits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from profileeditor.gui import dialog_service


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class TrashController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        bar = self.bar = QWidget(window)
        bar.setObjectName("trashBar")
        self.restore_button = QPushButton(_tr("Restore"), bar)
        self.purge_button = QPushButton(_tr("Delete for good…"), bar)
        self.empty_button = QPushButton(_tr("Empty the trash…"), bar)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_tr("Trash:"), bar))
        layout.addWidget(self.restore_button)
        layout.addWidget(self.purge_button)
        layout.addStretch(1)
        layout.addWidget(self.empty_button)
        bar.hide()
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)

    def showing(self) -> bool:
        return self._window.trash_action.isChecked()

    def show_trash(self) -> None:
        """Switch between the live list and the trash (as the Trash action says)."""
        window = self._window
        trash = self.showing()
        self.bar.setVisible(trash)
        window.new_action.setEnabled(not trash and not window.is_locked)
        window.delete_action.setEnabled(not trash and not window.is_locked)
        window.editor.clear()
        window.editor.setEnabled(not trash)
        window.apply_search()

    def restore_selected(self) -> None:
        window = self._window
        profile_id = window.selected_id()
        if window.is_locked or not profile_id:
            return
        window.repository.restore_profile(profile_id)
        window.statusBar().showMessage(_tr("Restored."), 4000)

    def purge_selected(self) -> None:
        window = self._window
        profile_id = window.selected_id()
        if window.is_locked or not profile_id:
            return
        if not dialog_service.service().confirm(
            window,
            _tr("Delete for good"),
            _tr("Delete this profile and its history for good? This cannot be undone."),
        ):
            return
        window.repository.purge_profile(profile_id)

    def empty_trash(self) -> None:
        window = self._window
        if window.is_locked or not window.repository.count(
            "", window.filter_bar.filters(trash=True)
        ):
            return
        if not dialog_service.service().confirm(
            window,
            _tr("Empty the trash"),
            _tr("Delete every profile in the trash for good? This cannot be undone."),
        ):
            return
        window.repository.empty_trash()
