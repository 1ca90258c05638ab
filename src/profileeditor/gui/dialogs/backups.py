"""The vault's backups: list them (date, size), make one now, back up to a folder elsewhere,
restore one into a new folder (never over the open vault) and offer to open it at once, and turn
the automatic backup on or off (the vault setting ``auto_backup``, read by ``Vault.backup_if_due``
when the vault opens)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.vault import Vault, restore_backup
from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.views.own_direction import OwnDirectionDelegate


def backup_label(folder: Path) -> str:
    try:
        when = datetime.strptime(folder.name, "%Y%m%dT%H%M%S%fZ")
    except ValueError:
        return folder.name
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")


def backup_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


AUTO_BACKUP_SETTING = "auto_backup"


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


class BackupsDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        open_restored: Callable[[Path], None] | None = None,
    ):
        super().__init__(parent)
        # Called with the restored vault's folder when the user opens it from here (the main
        # window locks the open vault and asks for the restored one's passphrase).
        self._open_restored = open_restored
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 400)
        self._vault = vault
        self.job: workers.Job | None = None
        explain = QLabel(
            self.tr(
                "Backups are encrypted copies kept inside the vault folder (the last ten). "
                "Restoring makes a new vault folder; the open vault is not touched."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Size")])
        # "2026-12-02 12:47:03 UTC" and "336.78 KiB" read left to right in Arabic too (they
        # showed as "UTC 12:47:03 2026-12-02" and "KiB 336.78").
        self.list.setItemDelegate(OwnDirectionDelegate(self.list))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.auto_check = QCheckBox(
            self.tr(
                "Back up automatically when the vault is opened and the newest backup is more "
                "than a day old"
            ),
            self,
        )
        self.auto_check.setObjectName("autoBackupCheck")
        self.auto_check.setChecked(
            vault.repository.get_setting(AUTO_BACKUP_SETTING, True) is not False
        )
        self.auto_check.toggled.connect(self.set_auto_backup)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.export_button = QPushButton(self.tr("Back up to a folder…"), self)
        self.restore_button = QPushButton(self.tr("Restore to a new folder…"), self)
        self.restore_button.setObjectName("restoreButton")
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.auto_check)
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(lambda: self._back_up(None))
        self.export_button.clicked.connect(self._back_up_elsewhere)
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        locale = QLocale()
        for folder in reversed(self._vault.list_backups()):
            item = QTreeWidgetItem(
                [backup_label(folder), locale.formattedDataSize(backup_size(folder))]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(folder))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.restore_button.setEnabled(self.list.topLevelItemCount() > 0)

    def backups(self) -> list[Path]:
        """The listed backups, newest first (as shown)."""
        return [
            Path(self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole))
            for i in range(self.list.topLevelItemCount())
        ]

    def set_auto_backup(self, enabled: bool) -> None:
        self._vault.repository.set_setting(AUTO_BACKUP_SETTING, bool(enabled))

    def _back_up(self, dest: Path | None) -> None:
        vault = self._vault
        # VACUUM INTO runs on the worker's own connection, never the GUI thread's.
        self.job = workers.run_job(
            lambda context: vault.backup(dest, conn=context.repository.conn),
            parent=self,
            vault=vault,
            label=self.tr("Backing up…"),
            cancellable=False,
            on_done=lambda _path: self.refresh(),
            on_error=lambda exc: dialog_service.service().error(
                self, self.tr("Backup failed"), messages.error_text(exc)
            ),
        )

    def _back_up_elsewhere(self) -> None:
        target = dialog_service.service().choose_new_folder(
            self, self.tr("New folder for the backup")
        )
        if target:
            self._back_up(Path(target))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        backup = Path(item.data(0, Qt.ItemDataRole.UserRole))
        target = dialog_service.service().choose_new_folder(
            self, self.tr("Restore the backup into a new folder")
        )
        if not target:
            return
        if _inside(Path(target), self._vault.path):
            # The open vault's folder holds the live database and the rotating backups.
            dialog_service.service().warning(
                self,
                self.tr("Restore"),
                self.tr("Choose a new folder outside the open vault's folder."),
            )
            return
        self.job = workers.run_job(
            lambda _context: restore_backup(backup, Path(target)),
            parent=self,
            label=self.tr("Restoring…"),
            cancellable=False,
            on_done=self._restored,
            on_error=lambda exc: dialog_service.service().error(
                self, self.tr("Restore failed"), messages.error_text(exc)
            ),
        )

    def _restored(self, path: Path) -> None:
        if self._open_restored is None:
            dialog_service.service().information(
                self,
                self.tr("Backup restored"),
                self.tr("Restored into %1. Open it with File → Open another vault.").replace(
                    "%1", str(path)
                ),
            )
            return
        # The restored vault opens now: that is why one restores. The open vault is locked
        # first, and the restored one asks for its passphrase — the one in force when the
        # backup was made, which may be older than today's, so it is never assumed.
        if dialog_service.service().confirm(
            self,
            self.tr("Backup restored"),
            messages.fill(
                self.tr(
                    "Restored into %1.\n\nOpen the restored vault now? The vault open now is "
                    "locked first; the restored one asks for its passphrase."
                ),
                path,
            ),
        ):
            self.accept()
            self._open_restored(Path(path))
