"""Locking the window: what locks it on its own (idle time, the session's screen lock), what a
lock empties (list, search, filters, editor and its undo history, dialogs, our clipboard text)
and quick-erase. Kept apart from main_window.py, which only creates this and calls ``lock``.

Texts keep the "MainWindow" translation context they always had, so the catalogue still fits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from profileeditor.gui import dialog_service, messages, workers
from profileeditor.gui.locking import ClipboardGuard, IdleWatcher, ScreenLockWatcher


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class LockController(QObject):
    ERASE_WORD = "ERASE"

    def __init__(self, window, idle_minutes: int):
        super().__init__(window)
        self._window = window
        self.idle = IdleWatcher(idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screenLocked.connect(self.lock)
        self.clipboard_guard = ClipboardGuard(self)
        # A vault whose lock waits for a key operation to end, and what follows it (an erase).
        self._pending = None
        self._after_pending: list = []

    def lock(self) -> None:
        """Close the database and leave nothing on screen, in the undo history or clipboard."""
        window = self._window
        if window.is_locked:
            return
        self.idle.stop()
        window.data_actions.vault_locked()
        for job in workers.running_jobs():
            job.cancel()
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        window.key_actions.forget_dialogs()  # closed ones too: they keep their data
        editor = window.editor
        window._last_selected = editor.current_id() or window._last_selected
        editor.close_for_lock()  # pending edits saved first (or kept for after unlock)
        editor.set_repository(None)
        window.changes.detach()
        window.filter_bar.clear()
        window.model.clear()
        window.agenda_view.clear()
        window.statistics_view.clear()
        window.counts_label.clear()
        window._forget_undo_delete()
        window.statusBar().clearMessage()
        self.clipboard_guard.clear_if_ours()
        vault = window.vault
        assert vault is not None
        key_job = window.key_actions.job if window.key_actions.busy else None
        if key_job is None:
            vault.lock()
        else:
            # A passphrase change or rotation holds its own copy of the key and verifies its
            # slot before writing it; the vault's lock would wait for it on this thread and
            # freeze the window for seconds. The window locks now, the vault when it ends.
            window.vault = None
            self._pending = vault
            key_job.finished.connect(self.settle)
        window.setWindowTitle(_tr("Profile Editor — locked"))
        window._set_unlocked_ui(False)
        window.unlock.set_vault_path(window.vault_path)
        window.stack.setCurrentIndex(window.LOCKED)
        if self._pending is not None:  # no unlock while the key file changes
            self._set_unlock_enabled(False)
            window.unlock_view.show_message(_tr("Finishing the change of keys…"))
        window.unlock_view.secret_edit.setFocus()

    def _set_unlock_enabled(self, enabled: bool) -> None:
        view = self._window.unlock_view
        for widget in (
            view.secret_edit,
            view.recovery_check,
            view.unlock_button,
            view.other_button,
        ):
            widget.setEnabled(enabled)

    def settle(self) -> None:
        """Lock the vault whose key operation has ended (and run what waited for it)."""
        vault, self._pending = self._pending, None
        if vault is None:
            return
        vault.lock()
        after, self._after_pending = self._after_pending, []
        for step in after:
            step(vault)
        self._set_unlock_enabled(True)
        self._window.unlock_view.secret_edit.setFocus()

    def erase_vault(self) -> bool:
        """Quick-erase (crypto-erase): after a typed confirmation, lock and destroy every key copy
        in the vault's folder, so nothing in it can be read again; then close the window."""
        window = self._window
        if window.is_locked:
            return False
        answer = dialog_service.service().get_text(
            window,
            _tr("Erase this vault"),
            messages.fill(
                _tr(
                    "This destroys the keys of “%1” and of the backups in its folder: nothing in "
                    "it can be read again, by anyone, with any passphrase or the recovery key. "
                    "Copies made elsewhere keep their own key.\n\nType %2 to erase."
                ),
                window.vault_path.name if window.vault_path else "",
                window.erase_word(),
            ),
        )
        # The word of the interface language (an Arabic keyboard need not switch to Latin in an
        # emergency, issue 13 item 14); the English word is taken too.
        if answer is None or answer.strip() not in {window.erase_word(), self.ERASE_WORD}:
            return False
        vault = window.vault
        assert vault is not None
        self.lock()
        # Erased, not locked: an edit kept through the lock goes now, not when the window closes
        # (which waits for a running key operation).
        window.editor.drop_kept_edit()
        if self._pending is vault:  # after the running key operation, which writes key files
            self._after_pending.append(lambda v: (v.erase(), window.close()))
            return True
        vault.erase()
        window.vault = None
        window.close()
        return True
