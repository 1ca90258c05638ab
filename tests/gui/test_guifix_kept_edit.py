"""An edit the vault refused up to the lock (kept, in memory, to be saved after unlock) lives on
when the language is switched (Shell.restart builds the window again on the same vault's lock
screen), and is dropped once the vault is closed rather than locked: another vault chosen, the
window closed. Real vault; "another program" is a second keyed connection holding the write
lock, as in test_save_under_lock.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog
from tests.conftest import PASSPHRASE
from tests.gui.test_editor import field, salma, type_into

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault, connect_keyed
from profileeditor.gui import i18n
from profileeditor.gui.app import Shell
from profileeditor.gui.dialogs.welcome import WelcomeDialog


@pytest.fixture
def restore_english(qapp):
    old = QLocale()
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def _lock_with_a_refused_edit(qtbot, window, vault, text: str) -> str:
    """Open Salma, type ``text`` while another program holds the write lock, lock."""
    pid = salma(vault.repository)
    window.open_vault(vault)
    assert window.select_profile(pid)
    qtbot.waitUntil(lambda: window.editor.current_id() == pid, timeout=3000)
    window.editor.LOCK_WAIT_MS = 200
    holder = connect_keyed(vault.db_path, vault._key())
    holder.execute("BEGIN IMMEDIATE")
    try:
        type_into(qtbot, field(window.editor, "occupation.en"), text)
        window.lock()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert window.editor.has_kept_edit()
    return pid


def test_a_kept_edit_lives_through_a_change_of_language(
    qtbot, app_settings, demo_vault, dialogs, fast_kdf, restore_english
):
    shell = Shell(QApplication.instance(), app_settings, kdf=fast_kdf)
    old = shell._new_window()
    old.show()
    pid = _lock_with_a_refused_edit(qtbot, old, demo_vault, "Kept through the restart")

    app_settings.language = "ar"
    window = shell.restart()
    qtbot.addWidget(window)
    assert window is not old and window.is_locked
    assert not old.editor.has_kept_edit()  # handed over, not copied
    assert window.editor.has_kept_edit()
    assert window.editor.kept_profile_id() == pid
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    qtbot.keyClicks(window.unlock_view.secret_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor.current_id() == pid, timeout=30_000)
    assert not window.editor.has_kept_edit()
    stored = window.vault.repository.get_profile(pid)
    assert stored["occupation"]["en"] == "Kept through the restart"
    shell.shutdown()


def test_closing_the_window_drops_the_kept_edit(qtbot, window, demo_vault):
    _lock_with_a_refused_edit(qtbot, window, demo_vault, "Dropped at close")
    window.shutdown()
    assert not window.editor.has_kept_edit()


def test_choosing_another_vault_drops_the_kept_edit(qtbot, window, demo_vault, monkeypatch):
    """From the lock screen, "Open another vault": this vault is closed, not locked."""
    _lock_with_a_refused_edit(qtbot, window, demo_vault, "Dropped for another vault")
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    window.unlock.otherVaultRequested.emit()
    assert not window.editor.has_kept_edit()


def test_opening_another_vault_drops_the_kept_edit(qtbot, window, demo_vault, tmp_path):
    """Even one whose profiles carry the same ids (a restored copy): the edit was not made on
    it."""
    _lock_with_a_refused_edit(qtbot, window, demo_vault, "Not for the other vault")
    other, _recovery = Vault.create(
        tmp_path / "other.pevault", PASSPHRASE, KdfParams.insecure_for_tests()
    )
    try:
        window.open_vault(other)
        assert Path(window.vault.path) == Path(other.path)
        assert not window.editor.has_kept_edit()
    finally:
        window.shutdown()


def test_erasing_the_vault_drops_the_kept_edit(qtbot, window, demo_vault, dialogs):
    _lock_with_a_refused_edit(qtbot, window, demo_vault, "Dropped at the erase")
    _unlock_without_loading(qtbot, window)
    dialogs.texts.append("ERASE")
    assert window.erase_vault()
    assert not window.editor.has_kept_edit()


def _unlock_without_loading(qtbot, window) -> None:
    """Unlocked, the kept profile not shown again (it was selected: open another first)."""
    window._last_selected = None
    qtbot.keyClicks(window.unlock_view.secret_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    assert window.editor.has_kept_edit()
