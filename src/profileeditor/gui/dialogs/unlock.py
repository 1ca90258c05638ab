"""Unlocking a vault: passphrase or recovery key, tried off the GUI thread (the key derivation
takes about half a second by design); a clear message when it is wrong; a delay that grows after
repeated failures; and when the vault is damaged, the offer to restore its latest backup into a
new folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from profileeditor.core.vault import (
    BACKUP_DIR,
    DB_FILE,
    Vault,
    VaultDamaged,
    VaultError,
    VaultMissing,
    WrongPassphrase,
    restore_backup,
)
from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.views.unlock_view import UnlockView

# Failures allowed before the delay starts, and the first delay; it doubles up to the cap.
FREE_ATTEMPTS = 2
DELAY_UNIT_MS = 1000
MAX_DELAY_MS = 60_000

# Failures per vault folder for the life of the process: re-opening the screen does not reset.
_failures: dict[str, int] = {}


def delay_after(failures: int) -> int:
    """Milliseconds to wait before the next try after ``failures`` failed tries in a row."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(DELAY_UNIT_MS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS)


def latest_backup(vault_path: Path) -> Path | None:
    """The newest backup folder inside a vault (works without opening it)."""
    folder = Path(vault_path) / BACKUP_DIR
    if not folder.is_dir():
        return None
    backups = sorted(p for p in folder.iterdir() if (p / DB_FILE).exists())
    return backups[-1] if backups else None


class UnlockController(QObject):
    """Drives an ``UnlockView`` for one vault folder; emits ``unlocked(vault)``."""

    unlocked = Signal(object)
    otherVaultRequested = Signal()

    def __init__(self, view: UnlockView, vault_path: Path | None = None):
        super().__init__(view)
        self.view = view
        self.vault_path: Path | None = None
        self.job: workers.Job | None = None
        # Whether the last vault opened here was opened with its passphrase (not the recovery
        # key): typing it right counts as confirming it (the passphrase reminder).
        self.by_passphrase = False
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._wait_over)
        view.submitted.connect(self.try_unlock)
        view.restoreBackupRequested.connect(self.restore_latest_backup)
        view.otherVaultRequested.connect(self.otherVaultRequested)
        if vault_path is not None:
            self.set_vault_path(vault_path)

    def set_vault_path(self, path: Path) -> None:
        self.vault_path = Path(path)
        self.view.reset()
        self.view.vault_label.setText(self.vault_path.name)
        self.view.vault_label.setToolTip(str(self.vault_path))
        remaining = delay_after(_failures.get(str(self.vault_path), 0))
        if remaining:
            self._start_wait(remaining)

    @property
    def failures(self) -> int:
        return _failures.get(str(self.vault_path), 0)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def try_unlock(self) -> None:
        if self.vault_path is None or self.busy or self._wait.isActive():
            return
        secret = self.view.secret_edit.text()
        if not secret:
            self.view.show_message(self.tr("Type the passphrase first."))
            return
        use_recovery = self.view.recovery_check.isChecked()
        path = self.vault_path
        self.view.unlock_button.setEnabled(False)
        self.view.secret_edit.setEnabled(False)
        self.view.show_message(self.tr("Unlocking…"))

        def work(_context):
            if use_recovery:
                return Vault.open_with_recovery_key(path, secret)
            return Vault.open(path, secret)

        self.job = workers.run_job(
            work,
            on_done=lambda vault: self._opened(vault, not use_recovery),
            on_error=self._failed,
        )

    def _opened(self, vault: Vault, by_passphrase: bool) -> None:
        _failures.pop(str(self.vault_path), None)
        self.by_passphrase = by_passphrase
        self.view.reset()
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.view.secret_edit.setEnabled(True)
        self.view.unlock_button.setEnabled(True)
        self.view.restore_button.hide()
        if isinstance(error, WrongPassphrase):
            count = _failures.get(str(self.vault_path), 0) + 1
            _failures[str(self.vault_path)] = count
            if self.view.recovery_check.isChecked():
                text = self.tr("That recovery key does not open this vault.")
            else:
                text = self.tr("Wrong passphrase. Check the keyboard language and Caps Lock.")
            self.view.secret_edit.selectAll()
            self.view.secret_edit.setFocus()
            delay = delay_after(count)
            if delay:
                text += " " + self.tr(
                    "Too many failed attempts: wait %Ln second(s).", "", -(-delay // 1000)
                )
                self._start_wait(delay)
            self.view.show_message(text)
        elif isinstance(error, VaultMissing):
            self.view.show_message(
                self.tr("There is no vault in this folder, or part of it is missing.")
            )
        elif isinstance(error, VaultDamaged):
            self.show_damaged()
        elif isinstance(error, VaultError):
            self.view.show_message(messages.error_text(error))
        else:
            self.view.show_message(
                messages.fill(self.tr("The vault could not be opened: %1"), error)
            )

    def show_damaged(self) -> None:
        """Say the vault is damaged and offer its latest backup (at unlock, or when damage is
        met after it)."""
        backup = latest_backup(self.vault_path) if self.vault_path else None
        text = self.tr("The vault is damaged and cannot be read.")
        if backup is not None:
            text += " " + self.tr("You can restore its latest backup into a new folder.")
            self.view.restore_button.show()
        self.view.show_message(text)

    def _start_wait(self, delay_ms: int) -> None:
        self.view.unlock_button.setEnabled(False)
        self._wait.start(delay_ms)

    def _wait_over(self) -> None:
        self.view.unlock_button.setEnabled(True)

    def restore_latest_backup(self) -> None:
        if self.vault_path is None:
            return
        backup = latest_backup(self.vault_path)
        if backup is None:
            return
        dialogs = dialog_service.service()
        target = dialogs.choose_new_folder(
            self.view, self.tr("Restore the backup into a new folder")
        )
        if not target:
            return
        try:
            restored = restore_backup(backup, Path(target))
        except VaultError as exc:
            dialogs.error(self.view, self.tr("Restore failed"), messages.error_text(exc))
            return
        dialogs.information(
            self.view,
            self.tr("Backup restored"),
            self.tr("The backup was restored. Unlock it with the same passphrase."),
        )
        self.set_vault_path(restored)
