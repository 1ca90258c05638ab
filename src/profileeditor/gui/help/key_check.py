"""Help → Check my recovery key, and the opt-in reminder to confirm the passphrase.

Both only try the typed secret against the vault's key file (core/secret_check.py): nothing is
changed, and the typed text is cleared when the dialog closes or the vault locks (the lock
closes and deletes every dialog of the window)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import secret_check
from profileeditor.core.vault import Vault, VaultError
from profileeditor.gui import dialog_service, messages, workers


class RecoveryCheckDialog(QDialog):
    """The user types the recovery key they kept; the dialog says whether it opens this vault."""

    def __init__(self, vault: Vault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryCheckDialog")
        self.setWindowTitle(self.tr("Check my recovery key"))
        self.resize(560, 220)
        self._vault = vault
        explain = QLabel(
            self.tr(
                "Type the recovery key you stored (dashes and spaces do not matter). It is "
                "only checked against this vault; nothing is changed."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryCheckEdit")
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("recoveryCheckResult")
        self.result_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setObjectName("recoveryCheckButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.key_edit.returnPressed.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.key_edit)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def check(self) -> bool | None:
        typed = self.key_edit.text().strip()
        if not typed:
            return None
        try:
            ok = secret_check.recovery_key_opens(self._vault, typed)
        except VaultError as exc:
            self._show(
                False,
                self.tr("The key file could not be read: %1").replace(
                    "%1", messages.error_text(exc)
                ),
            )
            return None
        if ok:
            self.key_edit.clear()  # right: nothing more to type, so it does not stay on screen
            self._show(True, self.tr("Right: this recovery key opens this vault."))
        else:
            self._show(
                False,
                self.tr(
                    "This is not this vault's recovery key (or it was replaced by a new one). "
                    "Check for a typing mistake; if you have lost it, make a new one now: "
                    "File → New recovery key…"
                ),
            )
        return ok

    def _show(self, ok: bool, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(
            "color: #1b5e20; font-weight: bold;" if ok else "color: #b00020; font-weight: bold;"
        )

    def done(self, result: int) -> None:
        self.key_edit.clear()
        super().done(result)


class PassphraseReminder(QObject):
    """After a vault opens, when the reminder is on and due, asks for the passphrase again and
    says whether it was right. A right answer is remembered (inside the vault) until the next
    one is due; a wrong or skipped one asks again at the next opening. Unlocking with the
    passphrase is a right answer: it is remembered as one, and nothing is asked right after it
    (the reminder asks after an unlock by the recovery key)."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.job: workers.Job | None = None
        self.today = date.today  # tests move the clock

    def vault_opened(
        self, vault: Vault, demo: bool = False, passphrase_typed: bool = False
    ) -> None:
        if demo:
            return  # the demo vault's passphrase is printed on screen
        repo = vault.repository
        days = repo.get_setting(secret_check.SETTING_REMINDER_DAYS, 0)
        confirmed_on = repo.get_setting(secret_check.SETTING_CONFIRMED_ON)
        if passphrase_typed:
            today = self.today().isoformat()
            if days and confirmed_on != today:  # remembered only while the reminder is on
                repo.set_setting(secret_check.SETTING_CONFIRMED_ON, today)
            return
        if secret_check.reminder_due(days, confirmed_on, self.today()):
            # After the window is up, not in the middle of opening.
            QTimer.singleShot(0, lambda: self.ask(vault))

    def ask(self, vault: Vault) -> workers.Job | None:
        window = self._window
        if vault.is_locked or window.vault is not vault or self.job is not None:
            return None
        title = self.tr("Confirm your passphrase")
        typed = dialog_service.service().get_text(
            window,
            title,
            self.tr(
                "You asked to be reminded to confirm your passphrase from time to time. Type "
                "it to check that you still know it (nothing is changed):"
            ),
            True,
        )
        if not typed:
            return None

        def work(_context):
            return secret_check.passphrase_opens(vault, typed)

        self.job = workers.run_job(
            work,
            parent=window,
            label=self.tr("Checking…"),
            cancellable=False,
            on_done=lambda ok: self._answered(vault, bool(ok)),
            on_error=lambda exc: self._failed(exc),
        )
        return self.job

    def _answered(self, vault: Vault, ok: bool) -> None:
        self.job = None
        window = self._window
        title = self.tr("Confirm your passphrase")
        if vault.is_locked:
            return
        if ok:
            vault.repository.set_setting(
                secret_check.SETTING_CONFIRMED_ON, self.today().isoformat()
            )
            dialog_service.service().information(
                window, title, self.tr("Right: that is this vault's passphrase.")
            )
        else:
            dialog_service.service().warning(
                window,
                title,
                self.tr(
                    "That was not the passphrase. If you are not sure of it any more, change "
                    "it now while the vault is open (File → Change passphrase…) and check that "
                    "you still have the recovery key (Help → Check my recovery key…)."
                ),
            )

    def _failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, workers.Cancelled):
            return
        dialog_service.service().error(
            self._window, self.tr("Confirm your passphrase"), messages.error_text(error)
        )
