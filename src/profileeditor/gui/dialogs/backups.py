"""The vault's backups: list them, make one now, back up to a folder elsewhere, and restore one
into a new folder (never over the open vault)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.vault import Vault, restore_backup
from profileeditor.gui import dialog_service, workers


def backup_label(folder: Path) -> str:
    try:
        when = datetime.strptime(folder.name, "%Y%m%dT%H%M%S%fZ")
    except ValueError:
        return folder.name
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")


class BackupsDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(480, 360)
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
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
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
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(lambda: self._back_up(None))
        self.export_button.clicked.connect(self._back_up_elsewhere)
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for folder in reversed(self._vault.list_backups()):
            item = QListWidgetItem(backup_label(folder))
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _back_up(self, dest: Path | None) -> None:
        vault = self._vault
        self.job = workers.run_job(
            lambda _context: vault.backup(dest),
            parent=self,
            label=self.tr("Backing up…"),
            cancellable=False,
            on_done=lambda _path: self.refresh(),
            on_error=lambda exc: dialog_service.service().error(
                self, self.tr("Backup failed"), str(exc)
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
        backup = Path(item.data(Qt.ItemDataRole.UserRole))
        target = dialog_service.service().choose_new_folder(
            self, self.tr("Restore the backup into a new folder")
        )
        if not target:
            return
        self.job = workers.run_job(
            lambda _context: restore_backup(backup, Path(target)),
            parent=self,
            label=self.tr("Restoring…"),
            cancellable=False,
            on_done=lambda path: dialog_service.service().information(
                self,
                self.tr("Backup restored"),
                self.tr("Restored into %1. Open it with File → Open another vault.").replace(
                    "%1", str(path)
                ),
            ),
            on_error=lambda exc: dialog_service.service().error(
                self, self.tr("Restore failed"), str(exc)
            ),
        )
