"""The main window's actions for bringing data in and sharing it (issue 5): "Import
spreadsheet…", Tools › "Find duplicates…", and the Exchange menu (my key, send, receive,
conflicts). Kept apart from main_window.py so that the window only creates this object and
places its menus; after an import, a merge or a received bundle the list is refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar


class DataActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = None  # the last dialog's controller (tests drive it)

        def action(text: str, slot, name: str) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.triggered.connect(lambda _checked=False: slot())  # not the checked flag
            return made

        self.import_sheet_action = action(
            self.tr("Import spreadsheet…"), self.import_spreadsheet, "importSheetAction"
        )
        self.duplicates_action = action(
            self.tr("Find duplicates…"), self.find_duplicates, "duplicatesAction"
        )
        self.my_key_action = action(self.tr("My exchange key…"), self.show_my_key, "myKeyAction")
        self.send_action = action(self.tr("Send profiles…"), self.send_bundle, "sendBundleAction")
        self.receive_action = action(
            self.tr("Receive bundle…"), self.receive_bundle, "receiveBundleAction"
        )
        self.conflicts_action = action(
            self.tr("Conflicts…"), self.show_conflicts, "conflictsAction"
        )

    def actions(self) -> list[QAction]:
        return [
            self.import_sheet_action,
            self.duplicates_action,
            self.my_key_action,
            self.send_action,
            self.receive_action,
            self.conflicts_action,
        ]

    def add_menus(self, bar: QMenuBar) -> None:
        """The Tools and Exchange menus (the import entry sits in the window's File menu)."""
        tools = bar.addMenu(self.tr("&Tools"))
        tools.addAction(self.duplicates_action)
        exchange = bar.addMenu(self.tr("E&xchange"))
        exchange.addAction(self.my_key_action)
        exchange.addSeparator()
        exchange.addAction(self.send_action)
        exchange.addAction(self.receive_action)
        exchange.addSeparator()
        exchange.addAction(self.conflicts_action)
        self.tools_menu: QMenu = tools
        self.exchange_menu: QMenu = exchange

    # -- helpers -------------------------------------------------------------------------------
    def _ready(self) -> bool:
        return not self.window.is_locked

    def refresh(self, changed_ids=(), trashed_ids=()) -> None:
        """Reload the list; the editor lets go of a trashed profile and reloads a changed one."""
        window = self.window
        if window.is_locked:
            return
        current = window.editor.current_id()
        if current and current in set(trashed_ids):
            window.editor.clear()
        elif current and current in set(changed_ids):
            window.editor.load(current)
        window.model.reload(keep_loaded=True)
        window.filter_bar.set_facilities(window.repository.facility_names(window.lang))
        if current and current not in set(trashed_ids):
            window.select_profile(current, load=False)

    # -- spreadsheet ---------------------------------------------------------------------------
    def import_spreadsheet(self, path=None):
        if not self._ready():
            return None
        from profileeditor.gui import dialog_service
        from profileeditor.gui.dialogs.import_sheet_dialog import SHEET_FILTER, open_import_sheet

        if path is None:
            path = dialog_service.service().open_file(
                self.window,
                self.tr("Import a spreadsheet"),
                self.tr("Spreadsheets (%1)").replace("%1", SHEET_FILTER),
            )
            if not path:
                return None
        controller = open_import_sheet(self.window, self.window.vault, path)
        controller.imported.connect(lambda result: self.refresh(changed_ids=list(result.updated)))
        controller.duplicatesRequested.connect(lambda ids: self.find_duplicates(among=ids))
        self.controller = controller
        return controller

    # -- duplicates ----------------------------------------------------------------------------
    def find_duplicates(self, among=None):
        if not self._ready():
            return None
        from profileeditor.gui.dialogs.duplicates_dialog import open_duplicates

        controller = open_duplicates(self.window, self.window.vault, among or None)
        controller.changed.connect(
            lambda kept, other: self.refresh(changed_ids=[kept], trashed_ids=[other])
        )
        self.controller = controller
        return controller

    # -- exchange ------------------------------------------------------------------------------
    def show_my_key(self):
        if not self._ready():
            return None
        from profileeditor.export.bundle import public_key
        from profileeditor.gui.dialogs.exchange_dialogs import ExchangeKeyDialog

        dialog = ExchangeKeyDialog(public_key(self.window.repository), self.window)
        dialog.copied.connect(self.window.clipboard_guard.remember)
        dialog.open()
        self.controller = dialog
        return dialog

    def send_bundle(self):
        if not self._ready():
            return None
        from profileeditor.gui.dialogs.exchange_dialogs import (
            ExchangeSelection,
            SendBundleController,
            SendBundleDialog,
        )
        from profileeditor.gui.models.profile_list import ID_ROLE

        window = self.window
        selected = tuple(
            index.data(ID_ROLE)
            for index in window.table.selectionModel().selectedRows()
            if index.data(ID_ROLE)
        )
        selection = ExchangeSelection(
            selected, window.filter_bar.query(), window.filter_bar.filters()
        )
        view = SendBundleDialog(window)
        controller = SendBundleController(window.vault, view, selection)
        controller.sent.connect(
            lambda count, _path: window.statusBar().showMessage(
                self.tr("%n profile(s) sent.", "", count), 6000
            )
        )
        view.open()
        self.controller = controller
        return controller

    def receive_bundle(self, path=None):
        if not self._ready():
            return None
        from profileeditor.gui.dialogs.exchange_dialogs import ReceiveBundleController

        controller = ReceiveBundleController(self.window.vault, self.window)
        controller.received.connect(lambda report: self.refresh(changed_ids=list(report.updated)))
        controller.conflictsRequested.connect(self.show_conflicts)
        self.controller = controller
        controller.receive(path)
        return controller

    def show_conflicts(self):
        if not self._ready():
            return None
        from profileeditor.gui.dialogs.exchange_dialogs import open_conflicts

        controller = open_conflicts(self.window, self.window.vault)
        controller.changed.connect(lambda ids: self.refresh(changed_ids=ids))
        self.controller = controller
        return controller
