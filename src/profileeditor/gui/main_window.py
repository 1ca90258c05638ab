"""The main window: the profile list with search and filters beside the editor, the menus
(backups, import, settings) and the status bar. The trash (gui/trash_controller.py) and locking
(gui/lock_controller.py) live in their own modules.

Every write to the vault — the editor's, an import's, a merge's, the trash's, a bundle's — is
heard through the change hub (gui/change_hub.py): the list, the facility filter and the open
editor refresh from it, whoever wrote. Locked, the window shows only the unlock screen.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import changes as vault_changes
from profileeditor.core import wording
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.gui import dialog_service, i18n, messages, workers
from profileeditor.gui.change_hub import ChangeHubAdapter
from profileeditor.gui.dialogs.data_actions import DataActions
from profileeditor.gui.dialogs.key_actions import KeyActions, watch_storage
from profileeditor.gui.dialogs.unlock import UnlockController
from profileeditor.gui.editor import ProfileEditor
from profileeditor.gui.help import HelpActions
from profileeditor.gui.lock_controller import LockController
from profileeditor.gui.models.profile_list import ID_ROLE, NAME, ProfileListModel
from profileeditor.gui.settings import AppSettings
from profileeditor.gui.trash_controller import TrashController
from profileeditor.gui.views.agenda_view import AgendaView, side_tabs
from profileeditor.gui.views.filter_bar import FilterBar
from profileeditor.gui.views.profile_table import ProfileTableView
from profileeditor.gui.views.statistics_view import StatisticsView
from profileeditor.gui.views.unlock_view import UnlockView

UNDO_DELETE_MS = 10_000


class MainWindow(QMainWindow):
    LOCKED, WORKSPACE = range(2)
    # The user asked for the windows to be built again (another language): gui/app.py's shell
    # listens, locks this window's vault and opens a new window on its lock screen.
    restartRequested = Signal()

    def __init__(self, settings: AppSettings, kdf: KdfParams | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self._kdf = kdf  # only tests pass one (for vaults made from this window)
        self.lang = settings.language
        self.vault: Vault | None = None
        self.vault_path: Path | None = None
        self.demo_dir: Path | None = None
        self._last_selected: str | None = None
        self._selecting = False
        self._disposed = False
        self.restart_requested = False
        self.setWindowTitle(self.tr("Profile Editor"))
        self.resize(1280, 800)

        # -- list side -------------------------------------------------------------------------
        self.model = ProfileListModel(lang=self.lang, parent=self)
        self.filter_bar = FilterBar(self.lang, self)
        self.table = ProfileTableView(self)
        self.table.setModel(self.model)
        self.table.restore_column_state(settings.list_columns)
        self.table.columnsChanged.connect(
            lambda: setattr(self.settings, "list_columns", self.table.column_state())
        )
        self.trash = TrashController(self)
        self.trash_bar = self.trash.bar
        self.restore_button = self.trash.restore_button
        self.purge_button = self.trash.purge_button
        self.empty_trash_button = self.trash.empty_button
        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(6, 6, 6, 6)  # the same on both sides in Arabic
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.trash_bar)

        # -- editor side -----------------------------------------------------------------------
        self.editor = ProfileEditor(None, self)
        self.editor.setObjectName("profileEditor")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.agenda_view = AgendaView(self.lang, self)  # the Agenda tab beside the list
        self.agenda_view.profileRequested.connect(self.open_profile)
        self.splitter.addWidget(side_tabs(list_side, self.agenda_view))
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([560, 700])

        # -- lock page and stack ---------------------------------------------------------------
        self.unlock_view = UnlockView(self)
        self.unlock = UnlockController(self.unlock_view)
        self.unlock.unlocked.connect(self._unlocked_again)
        self.unlock.otherVaultRequested.connect(self.switch_vault)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.unlock_view)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        # Deleting offers Undo for a few seconds (issue 13 item 10).
        self._undo_delete_id: str | None = None
        self.undo_delete_button = QPushButton(self.tr("Undo"), self)
        self.undo_delete_button.setObjectName("undoDeleteButton")
        self.undo_delete_button.hide()
        self.undo_delete_button.clicked.connect(self.undo_delete)
        self.statusBar().addWidget(self.undo_delete_button)
        self._undo_delete_timer = QTimer(self)
        self._undo_delete_timer.setSingleShot(True)
        self._undo_delete_timer.setInterval(UNDO_DELETE_MS)
        self._undo_delete_timer.timeout.connect(self._forget_undo_delete)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)
        # The demo vault says what it is, locked or not: temporary, and its (public) passphrase.
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.demo_label.hide()
        self.statusBar().addPermanentWidget(self.demo_label)

        self.data_actions = DataActions(self)  # spreadsheet import, duplicates, exchange
        self.key_actions = KeyActions(self)  # passphrase, rotation, recovery key
        watch_storage(self)  # a damaged page or a full disk: a message, not a traceback
        self.help_actions = HelpActions(self)  # guide, about, vault location, key checks
        self._make_actions()
        self.vault_actions += self.data_actions.actions() + self.help_actions.vault_actions()
        self._make_menus()

        # -- locking and the change hub -------------------------------------------------------
        self.locking = LockController(self, settings.idle_lock_minutes)
        self.idle = self.locking.idle
        self.screen_lock = self.locking.screen_lock
        self.clipboard_guard = self.locking.clipboard_guard
        self.changes = ChangeHubAdapter(self)
        self.changes.changed.connect(self._vault_changed)
        self.statistics_view = StatisticsView(self.lang, self)  # a tab beside list and agenda
        self.statistics_view.attach(self)
        self.changes.changed.connect(self.editor.repository_changed)
        # A new profile is stored by its first named edit: select its row then.
        self.editor.profileCreated.connect(lambda pid: self.select_profile(pid, load=False))

        # -- wiring ----------------------------------------------------------------------------
        self.filter_bar.changed.connect(self.apply_search)
        self.filter_bar.search_edit.returnPressed.connect(self.filter_bar.flush)
        self.model.totalChanged.connect(self._update_counts)
        self.model.rowsInserted.connect(self._update_counts)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._set_unlocked_ui(False)

    # -- actions and menus ---------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("New profile"), self.new_profile, QKeySequence.StandardKey.New, "newAction"
        )
        self.delete_action = self._action(
            self.tr("Move to trash"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "deleteAction",
        )
        # Delete in a text field deletes text: the key trashes a profile only from the list.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.session_action = self._action(
            self.tr("Add a session"), self.add_session, "Ctrl+Shift+R", "sessionAction"
        )
        self.session_action.setToolTip(
            self.tr("Record a renewal session for the person selected (Ctrl+Shift+R)")
        )
        self.find_action = self._action(
            self.tr("Find"),
            self.filter_bar.focus_search,
            QKeySequence.StandardKey.Find,
            "findAction",
        )
        self.lock_action = self._action(self.tr("Lock"), self.lock, "Ctrl+L", "lockAction")
        self.lock_action.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        self.trash_action = self._action(self.tr("Trash"), self.show_trash, None, "trashAction")
        self.trash_action.setCheckable(True)
        self.undo_action = self._action(
            self.tr("Undo"), lambda: self._undo_stack().undo(), QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.tr("Redo"), lambda: self._undo_stack().redo(), QKeySequence.StandardKey.Redo
        )
        self.import_action = self._action(
            self.tr("Import JSON…"), self.import_json, None, "importAction"
        )
        self.export_action = self._action(
            self.tr("Export…"), self.show_export, "Ctrl+E", "exportAction"
        )
        self.backup_action = self._action(
            self.tr("Create a backup now"), self.create_backup, None, "backupAction"
        )
        self.backups_action = self._action(
            self.tr("Backups…"), self.show_backups, None, "backupsAction"
        )
        self.passphrase_action = self._action(self.tr("Change passphrase…"), self.change_passphrase)
        self.compromised_action = self._action(
            self.tr("I was compromised…"),
            lambda: self.key_actions.change_passphrase(compromised=True),
            None,
            "compromisedAction",
        )
        self.recovery_action = self._action(
            self.tr("New recovery key…"), self.key_actions.new_recovery_key, None, "recoveryAction"
        )
        self.settings_action = self._action(
            self.tr("Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.switch_action = self._action(self.tr("Open another vault…"), self.switch_vault)
        self.erase_action = self._action(
            self.tr("Erase this vault…"), self.erase_vault, None, "eraseAction"
        )
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.vault_actions = [
            self.new_action,
            self.session_action,
            self.delete_action,
            self.find_action,
            self.lock_action,
            self.trash_action,
            self.undo_action,
            self.redo_action,
            self.import_action,
            self.export_action,
            self.backup_action,
            self.backups_action,
            self.passphrase_action,
            self.compromised_action,
            self.recovery_action,
            self.erase_action,
        ]
        for action in (self.find_action, self.lock_action, self.new_action, self.session_action):
            self.addAction(action)  # keyboard shortcuts work wherever the focus is

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.switch_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.data_actions.import_sheet_action)
        file_menu.addAction(self.export_action)
        backup_menu = QMenu(self.tr("Backup"), file_menu)
        backup_menu.addAction(self.backup_action)
        backup_menu.addAction(self.backups_action)
        file_menu.addMenu(backup_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.recovery_action)
        file_menu.addAction(self.compromised_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.erase_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.session_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.trash_action)
        self.data_actions.add_menus(bar)
        self.help_actions.add_menu(bar)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.session_action)
        toolbar.addAction(self.delete_action)
        toolbar.addAction(self.trash_action)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.toolbar = toolbar

    def _undo_stack(self) -> QUndoStack:
        return self.editor.undo_stack()

    # -- start and vaults ----------------------------------------------------------------------
    def start(self, vault_path: Path | None = None) -> bool:
        """Show the welcome (or unlock) dialog; False when the user closed it."""
        return self.switch_vault(vault_path)

    def switch_vault(self, vault_path: Path | None = None) -> bool:
        from profileeditor.gui.dialogs.welcome import WelcomeDialog

        if self.vault is not None and not self.vault.is_locked:
            self.lock()
        self.editor.drop_kept_edit()  # this vault is being left: closed, not merely locked
        dialog = WelcomeDialog(self.settings, vault_path, kdf=self._kdf, parent=self)
        result = dialog.exec()
        if result == WelcomeDialog.RESTART:
            self.request_restart()
            return False
        if result != QDialog.DialogCode.Accepted or dialog.vault is None:
            return False
        self.open_vault(dialog.vault, dialog.demo_dir, passphrase_typed=dialog.passphrase_typed)
        return True

    def open_vault(
        self, vault: Vault, demo_dir: Path | None = None, passphrase_typed: bool = False
    ) -> None:
        """Show ``vault``. ``passphrase_typed``: the user just unlocked it with its passphrase
        (which confirms it: the passphrase reminder does not ask for it again now)."""
        if demo_dir is not None:
            self._remove_demo()
            self._show_demo(demo_dir)
        elif self.demo_dir is None:
            self.demo_label.hide()
        if self.vault_path is not None and Path(vault.path) != self.vault_path:
            self._last_selected = None
            self.editor.drop_kept_edit()  # an edit of the other vault's profile
        self.vault = vault
        self.vault_path = Path(vault.path)
        repository = vault.repository
        # Digits as the vault asks (issue 13 item 15): before anything formats a number.
        i18n.apply_digits(
            self.lang, bool(repository.get_setting(wording.SETTING_ARABIC_DIGITS, False))
        )
        self.changes.attach(repository)
        self.editor.set_repository(repository)
        self.filter_bar.set_facilities(repository.facility_names(self.lang))
        self.model.set_repository(repository)
        self.agenda_view.set_vault(vault)
        self.trash_action.setChecked(False)
        self.trash_bar.hide()
        self.stack.setCurrentIndex(self.WORKSPACE)
        self.setWindowTitle(messages.fill(self.tr("Profile Editor — %1"), self.vault_path.name))
        self._set_unlocked_ui(True)
        self.idle.set_timeout(self.settings.idle_lock_minutes * 60_000)
        if self._last_selected:
            self.select_profile(self._last_selected)
        self.table.setFocus()
        self.data_actions.vault_opened()  # the sync folder's first pass and its timer
        self.help_actions.vault_opened(
            vault, demo=self.demo_dir is not None, passphrase_typed=passphrase_typed
        )
        if vault.warnings:  # a failed automatic backup, a lost log: the vault opened anyway
            dialog_service.service().warning(
                self, self.tr("Opened with a warning"), "\n".join(vault.warnings)
            )

    def _show_demo(self, demo_dir: Path) -> None:
        from profileeditor.gui.dialogs.welcome import DEMO_PASSPHRASE

        self.demo_dir = demo_dir
        self.demo_label.setText(
            self.tr(
                "Demo vault: fictional profiles, deleted when you quit. Its passphrase is “%1”."
            ).replace("%1", DEMO_PASSPHRASE)
        )
        self.demo_label.show()

    def request_restart(self) -> None:
        """Build the windows again (a new language); the shell does it (gui/app.py)."""
        self.restart_requested = True
        self.restartRequested.emit()

    def show_locked(self, vault_path: Path, demo_dir: Path | None = None, kept_edit=None) -> None:
        """A restarted window: the lock screen of the vault the old window had open, with the
        edit the old window kept through its lock (``ProfileEditor.take_kept_edit``), saved when
        its profile is shown again after unlock."""
        if demo_dir is not None:
            self._show_demo(demo_dir)
        if kept_edit is not None:
            self.editor.keep_edit(kept_edit)
            self._last_selected = kept_edit[0]["id"]
        self.vault_path = Path(vault_path)
        self.unlock.set_vault_path(self.vault_path)
        self.stack.setCurrentIndex(self.LOCKED)
        self.setWindowTitle(self.tr("Profile Editor — locked"))
        self.unlock_view.secret_edit.setFocus()

    def _unlocked_again(self, vault: Vault) -> None:
        self.open_vault(vault, passphrase_typed=self.unlock.by_passphrase)

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        for action in self.vault_actions:
            action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)
        self.menuBar().setEnabled(True)

    @property
    def is_locked(self) -> bool:
        return self.vault is None or self.vault.is_locked

    # -- locking (gui/lock_controller.py) -------------------------------------------------------
    ERASE_WORD = LockController.ERASE_WORD

    def lock(self) -> None:
        self.locking.lock()

    def erase_word(self) -> str:
        """The confirmation word in the interface language."""
        return self.tr("ERASE")

    def erase_vault(self) -> bool:
        return self.locking.erase_vault()

    # -- list ----------------------------------------------------------------------------------
    @property
    def repository(self):
        return None if self.is_locked else self.vault.repository

    def apply_search(self) -> None:
        if self.is_locked:
            return
        current = self.editor.current_id()
        self.model.set_search(
            self.filter_bar.query(), self.filter_bar.filters(trash=self.trash_action.isChecked())
        )
        if current:
            self.select_profile(current, load=False)

    def _update_counts(self) -> None:
        if self.is_locked:
            self.counts_label.clear()
            return
        if self.trash_action.isChecked():
            text = self.tr("%Ln profile(s) in the trash", "", self.model.total)
        else:
            everything = self.repository.count()
            text = self.tr("%Ln profile(s)", "", everything)
            if self.model.total != everything:
                text += " · " + self.tr("%Ln match(es)", "", self.model.total)
        self.counts_label.setText(text)

    def select_profile(self, profile_id: str, load: bool = True) -> bool:
        row = self.model.row_of(profile_id)
        if row < 0:
            return False
        self._selecting = not load
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, NAME))
        finally:
            self._selecting = False
        return True

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_row_changed(self, current, _previous) -> None:
        if self._selecting or self.is_locked:
            return
        profile_id = current.data(ID_ROLE) if current.isValid() else None
        if profile_id and profile_id != self.editor.current_id():
            # In the trash the editor shows the profile as a preview: disabled, nothing editable.
            self.editor.load(profile_id)

    def _vault_changed(self, change) -> None:
        """Something was written (here or on a worker): refresh the list, keeping its place and
        selection, and the facility filter when the facilities may have changed."""
        if self.is_locked:
            return
        edit_in_place = change.kind == vault_changes.UPDATED and self.model.refresh_rows(
            change.ids, change.fields
        )
        if not edit_in_place:
            self.model.reload(keep_loaded=True)
        if change.kind != vault_changes.UPDATED or any("facilities" in f for f in change.fields):
            self.filter_bar.set_facilities(self.repository.facility_names(self.lang))
        current = self.editor.current_id()
        if current:
            self.select_profile(current, load=False)
        self.agenda_view.mark_stale()

    def open_profile(self, profile_id: str) -> None:
        """Open a profile in the editor (an agenda item), selecting it in the list too."""
        if self.is_locked:
            return
        if profile_id != self.editor.current_id():
            self.editor.load(profile_id)
        self.select_profile(profile_id, load=False)

    # -- profiles ------------------------------------------------------------------------------
    def new_profile(self) -> str | None:
        if self.is_locked:
            return None
        if self.trash_action.isChecked():
            self.trash_action.setChecked(False)
            self.show_trash()
        draft = getattr(self.editor, "new_profile", None)
        if callable(draft):
            # Empty names with the cursor in them; stored once named (issue 13 item 7).
            self.table.selectionModel().clear()  # a click on any row then shows that row
            draft()
            return None
        label = self.tr("New profile")
        name = {"ar": label, "en": ""} if self.lang == "ar" else {"ar": "", "en": label}
        profile_id = self.repository.create_profile({"name": name})  # the list hears it
        self.editor.load(profile_id)
        self.select_profile(profile_id, load=False)
        return profile_id

    def add_session(self) -> str | None:
        """Quick add (issue 13 item 8): a new session for the person selected in the list."""
        if self.is_locked or self.trash_action.isChecked():
            return None
        profile_id = self.selected_id()
        if profile_id and profile_id != self.editor.current_id():
            self.editor.load(profile_id)
        add = getattr(self.editor, "add_session", None)
        return add() if callable(add) and self.editor.current_id() else None

    def delete_selected(self) -> None:
        profile_id = self.selected_id()
        if self.is_locked or not profile_id or self.trash_action.isChecked():
            return
        row = self.table.currentIndex().row()
        if self.editor.current_id() == profile_id:
            self.editor.clear()
        self.repository.delete_profile(profile_id)  # the list hears it
        self.statusBar().showMessage(self.tr("Moved to the trash."), UNDO_DELETE_MS)
        self._undo_delete_id = profile_id
        self.undo_delete_button.show()
        self._undo_delete_timer.start()
        if self.model.rowCount():
            row = min(row, self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, NAME))

    def undo_delete(self) -> None:
        """Take the last move to the trash back and show the profile again."""
        profile_id = self._undo_delete_id
        self._forget_undo_delete()
        if self.is_locked or not profile_id:
            return
        self.repository.restore_profile(profile_id)
        self.statusBar().showMessage(self.tr("Restored."), 4000)
        if not self.trash_action.isChecked():
            self.select_profile(profile_id)

    def _forget_undo_delete(self) -> None:
        self._undo_delete_id = None
        self.undo_delete_button.hide()
        self._undo_delete_timer.stop()

    # -- the trash (gui/trash_controller.py) ---------------------------------------------------
    def show_trash(self) -> None:
        self.trash.show_trash()

    def restore_selected(self) -> None:
        self.trash.restore_selected()

    def purge_selected(self) -> None:
        self.trash.purge_selected()

    def empty_trash(self) -> None:
        self.trash.empty_trash()

    # -- background work -----------------------------------------------------------------------
    def import_json(self) -> workers.Job | None:
        if self.is_locked:
            return None
        path = dialog_service.service().open_file(
            self, self.tr("Import profiles"), self.tr("Profile files (*.json)")
        )
        if not path:
            return None
        from profileeditor.importers.json_import import import_file

        def work(context):
            return import_file(
                context.repository,
                Path(path),
                progress=lambda n: context.progress(
                    n, 0, self.tr("%Ln profile(s) imported…", "", n)
                ),
                cancelled=context.cancelled,
            )

        return workers.run_job(
            work,
            parent=self,
            vault=self.vault,
            label=self.tr("Importing…"),
            on_done=self._imported,
            on_error=lambda exc: self._job_failed(self.tr("Import failed"), exc),
        )

    def _imported(self, result) -> None:
        if self.is_locked:
            return
        # The list, the facility filter and the open editor heard the import's changes.
        dialog_service.service().information(
            self,
            self.tr("Import finished"),
            self.tr("New: %1. Updated: %2. Unchanged: %3.")
            .replace("%1", str(len(result.created)))
            .replace("%2", str(len(result.updated)))
            .replace("%3", str(len(result.unchanged))),
        )

    def _job_failed(self, title: str, error: BaseException) -> None:
        if isinstance(error, workers.Cancelled):
            return
        dialog_service.service().error(self, title, messages.error_text(error))

    def create_backup(self) -> workers.Job | None:
        if self.is_locked:
            return None
        vault = self.vault

        def work(context):
            # On the worker's own connection: the GUI thread's is not shared across threads.
            return vault.backup(conn=context.repository.conn)

        return workers.run_job(
            work,
            parent=self,
            vault=vault,
            label=self.tr("Backing up…"),
            cancellable=False,
            on_done=lambda path: self.statusBar().showMessage(
                messages.fill(self.tr("Backup made: %1"), Path(path).name), 6000
            ),
            on_error=lambda exc: self._job_failed(self.tr("Backup failed"), exc),
        )

    def export_selection(self):
        """What the export dialog may take: the current profile, the selected rows, the list as
        filtered now (search and filters)."""
        from profileeditor.gui.dialogs.export_dialog import ExportSelection

        rows = self.table.selectionModel().selectedRows(NAME)
        selected = tuple(pid for pid in (index.data(ID_ROLE) for index in rows) if pid)
        return ExportSelection(
            current_id=self.editor.current_id() or self.selected_id(),
            selected_ids=selected,
            query=self.filter_bar.query(),
            filters=self.filter_bar.filters(trash=self.trash_action.isChecked()),
        )

    def show_export(self):
        if self.is_locked:
            return None
        from profileeditor.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.vault, self.export_selection(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_backups(self) -> None:
        if self.is_locked:
            return
        from profileeditor.gui.dialogs.backups import BackupsDialog

        BackupsDialog(self.vault, self, open_restored=self.open_restored).open()

    def open_restored(self, path: Path) -> None:
        """A restored backup opens directly: lock this vault, ask for the restored one's
        passphrase on the lock screen (issue 13 item 10)."""
        self.lock()
        self._last_selected = None
        self.editor.drop_kept_edit()  # this vault is left for the restored copy
        self.vault_path = Path(path)
        self.unlock.set_vault_path(self.vault_path)
        self.unlock_view.secret_edit.setFocus()

    def change_passphrase(self) -> workers.Job | None:
        return self.key_actions.change_passphrase()

    def show_settings(self) -> None:
        from profileeditor.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.repository, self)
        dialog.restartRequested.connect(self.request_restart)
        dialog.accepted.connect(self._settings_accepted)
        dialog.open()

    def _settings_accepted(self) -> None:
        if self.is_locked:
            return
        self.idle.set_timeout(self.settings.idle_lock_minutes * 60_000)
        digits = bool(self.repository.get_setting(wording.SETTING_ARABIC_DIGITS, False))
        if i18n.ui_locale(self.lang, digits).name() != QLocale().name():
            i18n.apply_digits(self.lang, digits)  # the vault's digits changed: show them now
            self.model.reload(keep_loaded=True)
            current = self.editor.current_id()
            if current:
                self.editor.load(current)

    # -- closing -------------------------------------------------------------------------------
    def _remove_demo(self) -> None:
        self.demo_label.hide()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None

    def shutdown(self) -> None:
        """Lock, stop watching, remove the demo vault. Safe to call twice."""
        for job in workers.running_jobs():
            job.cancel()
            job.wait()
        self.locking.settle()  # a lock that waited for a key operation
        if not self.is_locked:
            self.lock()
        self.editor.drop_kept_edit()  # the window closes: the vault with it
        self.idle.dispose()
        self._remove_demo()
        if not self._disposed:
            self._disposed = True
            self.clipboard_guard.dispose()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
