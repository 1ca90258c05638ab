"""The key actions of an open vault (change passphrase, rotate the data key — "I was
compromised" —, new recovery key), the once-only recovery-key dialog, and what the window does
when storage fails under it (a damaged page, a full disk) and when it locks (closed dialogs and
the data they hold are deleted).

Key operations run on a worker; the vault's own lock waits for a running one (it holds a copy of
the key and verifies every new slot before writing it). A recovery key made while the window
locked is never shown on the lock screen: the next unlock says to make a new one.
"""

from __future__ import annotations

import sys
import weakref

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core.passphrase_policy import assess
from profileeditor.core.vault import DiskFull, VaultDamaged, storage_error
from profileeditor.gui import dialog_service, workers
from profileeditor.gui.secret_clipboard import copy_secret


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyActions", text)


def policy_message(passphrase: str, user_inputs=()) -> str:
    """ "" when ``passphrase`` meets the policy, else the reason in the user's language."""
    verdict = assess(passphrase, user_inputs)
    if verdict.ok:
        return ""
    if verdict.problem == "too_short":
        return tr("Too short: use at least %1 characters, better several words.").replace(
            "%1", "12"
        )
    if verdict.problem == "guessable":
        return tr("Too easy to guess: add uncommon words (not names, dates or keyboard rows).")
    if verdict.problem == "too_long":
        return tr("Too long: use at most 1024 characters.")
    return tr("Type a passphrase.")


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; copying marks it secret for clipboard managers."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("New recovery key"))
        self._key = recovery_key
        text = QLabel(
            tr(
                "This is the vault's new recovery key. It is shown only now: write it down or "
                "print it and keep it away from this laptop. The old recovery key opens "
                "nothing any more."
            ),
            self,
        )
        text.setWordWrap(True)
        self.key_view = QPlainTextEdit(recovery_key, self)
        self.key_view.setReadOnly(True)
        self.key_view.setMaximumHeight(60)
        self.copy_button = QPushButton(tr("Copy"), self)
        self.copy_button.clicked.connect(lambda: copy_secret(self._key))
        self.stored_check = QCheckBox(tr("I have stored the recovery key"), self)
        self.done_button = QPushButton(tr("Done"), self)
        self.done_button.setEnabled(False)
        self.stored_check.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key_view)
        layout.addWidget(self.stored_check)
        layout.addLayout(buttons)

    def done(self, result: int) -> None:
        self.key_view.clear()
        self._key = ""
        super().done(result)


class KeyActions(QObject):
    """Drives the key operations for ``window`` (a MainWindow)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job: workers.Job | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._unshown_recovery_key = False
        window.unlock.unlocked.connect(self._after_unlock)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    # -- change passphrase / rotate ------------------------------------------------------------
    def change_passphrase(self, compromised: bool = False) -> workers.Job | None:
        window = self.window
        if window.is_locked or self.busy:
            return None
        dialogs = dialog_service.service()
        title = tr("I was compromised") if compromised else tr("Change passphrase")
        new = dialogs.get_text(window, title, tr("New passphrase"), True)
        if not new:
            return None
        problem = policy_message(new, (window.vault.path.name, window.vault.path.stem))
        if problem:
            dialogs.warning(window, title, problem)
            return None
        again = dialogs.get_text(window, title, tr("Repeat it"), True)
        if again != new:
            dialogs.warning(window, title, tr("The two passphrases differ."))
            return None
        rotate = compromised or dialogs.confirm(
            window,
            title,
            tr(
                "Also re-encrypt the vault and its backups under a new key, with a new recovery "
                "key?\n\nChoose Yes if the old passphrase, the recovery key or a copy of the "
                "vault may have been seen or taken: old copies then open nothing written from "
                "now on. It takes longer on a large vault."
            ),
        )
        if rotate and len(workers.running_jobs()) > 0:
            dialogs.warning(window, title, tr("Wait for the running task to finish first."))
            return None
        vault, kdf = window.vault, window._kdf

        def work(_context):
            if rotate:
                return vault.rotate_data_key(new, kdf)
            return None, vault.change_passphrase(new, kdf)

        self.job = workers.run_job(
            work,
            parent=window,
            label=tr("Re-encrypting the vault…") if rotate else tr("Changing the passphrase…"),
            cancellable=False,
            on_done=lambda result: self._changed(vault, *result),
            on_error=lambda exc: window._job_failed(title, exc),
        )
        return self.job

    def _locked_meanwhile(self, vault) -> bool:
        """Whether the window was locked while the operation on ``vault`` ran (its lock waits
        for the operation's end, gui/lock_controller.py)."""
        return vault.is_locked or self.window.vault is not vault

    def _changed(self, vault, recovery_key: str | None, problems: list[str]) -> None:
        window = self.window
        dialogs = dialog_service.service()
        if self._locked_meanwhile(vault):
            window.unlock_view.show_message(
                tr(
                    "The passphrase was changed while the window was locked: unlock with the new passphrase."
                )
            )
            if recovery_key is not None:  # never on the lock screen
                self._unshown_recovery_key = True
                if not window.is_locked:  # unlocked again meanwhile
                    self._after_unlock(None)
            return
        if recovery_key is not None:
            self.show_recovery_key(recovery_key)
        window.statusBar().showMessage(
            tr("Passphrase changed and the vault re-encrypted.")
            if recovery_key
            else tr("Passphrase changed."),
            6000,
        )
        lines = [tr("Backups not updated (they keep the old key):")] if problems else []
        lines += [f"• {p}" for p in problems]
        lines.append(
            tr(
                "Copies of this vault made elsewhere (USB sticks, other folders, synced copies) "
                "keep their own key file and still open with the old passphrase%1."
            ).replace("%1", tr(" and recovery key") if recovery_key else "")
        )
        (dialogs.warning if problems else dialogs.information)(
            window, tr("Change passphrase"), "\n".join(lines)
        )

    # -- new recovery key ----------------------------------------------------------------------
    def new_recovery_key(self) -> workers.Job | None:
        window = self.window
        if window.is_locked or self.busy:
            return None
        if not dialog_service.service().confirm(
            window,
            tr("New recovery key"),
            tr("Make a new recovery key? The old one stops opening this vault and its backups."),
        ):
            return None
        vault = window.vault
        self.job = workers.run_job(
            lambda _context: vault.new_recovery_key(),
            parent=window,
            label=tr("Making a new recovery key…"),
            cancellable=False,
            on_done=lambda result: self._recovery_made(vault, *result),
            on_error=lambda exc: window._job_failed(tr("New recovery key"), exc),
        )
        return self.job

    def _recovery_made(self, vault, recovery_key: str, problems: list[str]) -> None:
        if self._locked_meanwhile(vault):
            self._unshown_recovery_key = True
            if not self.window.is_locked:
                self._after_unlock(None)
            return
        self.show_recovery_key(recovery_key)
        if problems:
            dialog_service.service().warning(
                self.window,
                tr("New recovery key"),
                "\n".join(
                    [tr("Backups not updated (they keep the old recovery key):")]
                    + [f"• {p}" for p in problems]
                ),
            )

    def show_recovery_key(self, recovery_key: str) -> RecoveryKeyDialog:
        dialog = RecoveryKeyDialog(recovery_key, self.window)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _after_unlock(self, _vault) -> None:
        if self._unshown_recovery_key:
            self._unshown_recovery_key = False
            dialog_service.service().warning(
                self.window,
                tr("New recovery key"),
                tr(
                    "The vault was locked before its new recovery key could be shown. Make "
                    "another one now: File → New recovery key…"
                ),
            )

    # -- locking -------------------------------------------------------------------------------
    def forget_dialogs(self) -> None:
        """Delete every dialog of the window, shown or closed: a closed dialog keeps its
        widgets and data (an import preview's rows) until it is deleted."""
        window = self.window
        for dialog in window.findChildren(QDialog):
            if isinstance(dialog, QProgressDialog):
                continue  # a running job deletes its own
            dialog.hide()
            dialog.deleteLater()
        self.recovery_dialog = None
        actions = getattr(window, "data_actions", None)
        if actions is not None and hasattr(actions, "controller"):
            actions.controller = None  # it holds the last dialog's data


# -- storage failures under an open vault ------------------------------------------------------
_windows: weakref.WeakSet = weakref.WeakSet()
_previous_hook = None


def _storage_failure(error: BaseException | None):
    seen = 0
    while error is not None and seen < 10:
        meaning = storage_error(error)
        if isinstance(meaning, VaultDamaged | DiskFull):
            return meaning
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def _hook(kind, value, traceback) -> None:
    meaning = _storage_failure(value)
    window = next((w for w in list(_windows) if not w.is_locked), None)
    if meaning is not None and window is not None:
        report_storage_failure(window, meaning)
        return
    (_previous_hook or sys.__excepthook__)(kind, value, traceback)


def watch_storage(window) -> None:
    """Route a damaged page or a full disk met anywhere under ``window`` to a plain message
    instead of a traceback on the console."""
    global _previous_hook
    if sys.excepthook is not _hook:
        _previous_hook = sys.excepthook
        sys.excepthook = _hook
    _windows.add(window)


_reporting = False


def report_storage_failure(window, error: BaseException) -> None:
    """A full disk: say so, keep working. Damage: say so once, lock, and offer on the unlock
    screen to restore the latest backup into a new folder (that needs nothing read from the
    damaged database)."""
    global _reporting
    if _reporting:
        return  # the same failure met again while it is being reported
    _reporting = True
    try:
        dialogs = dialog_service.service()
        if isinstance(error, DiskFull):
            dialogs.error(
                window,
                tr("Disk full"),
                tr(
                    "The disk is full: the last change was not saved. Free some space and try "
                    "again."
                ),
            )
            return
        dialogs.error(
            window,
            tr("The vault is damaged"),
            tr(
                "Part of the vault's database is damaged and cannot be read. The vault is "
                "locked now: restore its latest backup into a new folder and work there."
            ),
        )
        try:
            window.lock()
        except Exception:
            if window.vault is not None:
                window.vault.lock()
        window.unlock.show_damaged()
    finally:
        _reporting = False
