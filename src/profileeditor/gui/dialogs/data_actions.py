"""The main window's actions for bringing data in and sharing it (issue 5): "Import
spreadsheet…", Tools › "Find duplicates…", and the Exchange menu (my identity, contacts, send,
receive, conflicts, the sync folder). Kept apart from main_window.py so that the window only creates this object and
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
        self.my_key_action = action(
            self.tr("My exchange identity…"), self.show_my_key, "myKeyAction"
        )
        self.contacts_action = action(self.tr("Contacts…"), self.show_contacts, "contactsAction")
        self.sync_folder_action = action(
            self.tr("Sync folder…"), self.choose_sync_folder, "syncFolderAction"
        )
        self.sync_now_action = action(self.tr("Sync now"), self.sync_now, "syncNowAction")
        self.sync = None  # the sync folder's controller, made on first use
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
            self.contacts_action,
            self.sync_folder_action,
            self.sync_now_action,
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
        exchange.addAction(self.contacts_action)
        exchange.addSeparator()
        exchange.addAction(self.send_action)
        exchange.addAction(self.receive_action)
        exchange.addSeparator()
        exchange.addAction(self.conflicts_action)
        exchange.addSeparator()
        exchange.addAction(self.sync_folder_action)
        exchange.addAction(self.sync_now_action)
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
        from profileeditor.core.exchange.keys import own_keys
        from profileeditor.gui.dialogs.exchange_dialogs import ExchangeKeyDialog

        public = own_keys(self.window.repository).public
        dialog = ExchangeKeyDialog(public.text, public.code(), self.window)
        dialog.copied.connect(self.window.clipboard_guard.remember)
        dialog.open()
        self.controller = dialog
        return dialog

    def show_contacts(self):
        if not self._ready():
            return None
        from profileeditor.gui.dialogs.exchange_dialogs import open_contacts

        self.controller = open_contacts(self.window, self.window.vault)
        return self.controller

    def _sync(self):
        if self.sync is None:
            from profileeditor.gui.dialogs.exchange_dialogs import SyncController

            self.sync = SyncController(self.window)
            self.sync.synced.connect(
                lambda result: (
                    self.refresh(
                        changed_ids=[i for _, r in result.merged for i in r.updated],
                        trashed_ids=[i for _, r in result.merged for i in r.trashed],
                    )
                    if result.merged
                    else None
                )
            )
        return self.sync

    def vault_opened(self) -> None:
        self._sync().start()

    def vault_locked(self) -> None:
        if self.sync is not None:
            self.sync.stop()

    def choose_sync_folder(self):
        if not self._ready():
            return None
        self._sync().choose_folder()
        return self.sync

    def sync_now(self):
        if not self._ready():
            return None
        return self._sync().run()

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
                self.tr("%Ln profile(s) sent.", "", count), 6000
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
