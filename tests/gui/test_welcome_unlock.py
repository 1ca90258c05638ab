"""Welcome and unlock, driven as a user: create a vault (folder picked through the replaced
dialog service), the recovery key page, opening with the passphrase or the recovery key, wrong
passphrases with a growing delay, and the backup offer for a damaged vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from tests.conftest import PASSPHRASE

from profileeditor.core.vault import Vault
from profileeditor.gui.dialogs import unlock as unlock_module
from profileeditor.gui.dialogs.welcome import WelcomeDialog, strength


def _type(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_create_vault_through_the_welcome_dialog(qtbot, tmp_path, dialogs, app_settings, fast_kdf):
    dialog = WelcomeDialog(app_settings, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.home.create_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == dialog.CREATE
    page = dialog.create
    dialogs.folders.append(str(tmp_path))
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    _type(qtbot, page.name_edit, "casework")
    _type(qtbot, page.passphrase_edit, "short")
    assert "Too short" in page.hint.text() and not page.create_button.isEnabled()
    _type(qtbot, page.passphrase_edit, PASSPHRASE)
    _type(qtbot, page.repeat_edit, PASSPHRASE + "x")
    assert "differ" in page.message.text() and not page.create_button.isEnabled()
    _type(qtbot, page.repeat_edit, PASSPHRASE)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == dialog.RECOVERY, timeout=10_000)

    key = dialog.recovery.key_view.toPlainText()
    assert len(key) > 20
    qtbot.mouseClick(dialog.recovery.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    qtbot.mouseClick(dialog.recovery.print_button, Qt.MouseButton.LeftButton)
    assert key in dialogs.printed[0]
    saved = tmp_path / "recovery.txt"
    dialogs.files.append(str(saved))
    qtbot.mouseClick(dialog.recovery.save_button, Qt.MouseButton.LeftButton)
    assert key in saved.read_text(encoding="utf-8")
    assert not dialog.recovery.continue_button.isEnabled()  # "I have stored it" comes first
    dialog.recovery.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.recovery.continue_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QGuiApplication.clipboard().text() == ""  # the key does not stay on the clipboard
    assert dialog.recovery.key_view.toPlainText() == ""
    vault = dialog.vault
    assert vault.path == tmp_path / "casework.pevault" and vault.repository.count() == 0
    vault.lock()
    Vault.open_with_recovery_key(tmp_path / "casework.pevault", key).lock()


def test_strength_hint_levels():
    assert strength("") == 0
    assert strength("aaaaaaaaaaaaaa") == 1
    assert strength("correct horse battery staple") >= 3


def test_settings_keep_no_vault_path_by_default(app_settings, tmp_path):
    app_settings.add_recent_vault(tmp_path / "secret.pevault")
    app_settings.sync()
    assert app_settings.recent_vaults == []
    assert (
        "secret" not in Path(app_settings.file_name).read_text()
        if Path(app_settings.file_name).exists()
        else True
    )


def _unlock_dialog(qtbot, app_settings, path):
    dialog = WelcomeDialog(app_settings, vault_path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stack.currentIndex() == dialog.UNLOCK
    return dialog, dialog.unlock_view


def _submit(qtbot, dialog, view, secret):
    _type(qtbot, view.secret_edit, secret)
    qtbot.keyClick(view.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.unlock.busy, timeout=10_000)


def test_wrong_passphrase_then_growing_delay_then_unlock(qtbot, vault, app_settings):
    path = vault.path
    vault.lock()
    dialog, view = _unlock_dialog(qtbot, app_settings, path)
    _submit(qtbot, dialog, view, "wrong one")
    assert "Wrong passphrase" in view.message.text()
    assert view.unlock_button.isEnabled()  # the first failures cost nothing
    _submit(qtbot, dialog, view, "wrong two")
    _submit(qtbot, dialog, view, "wrong three")
    assert not view.unlock_button.isEnabled() and "wait" in view.message.text()
    assert unlock_module.delay_after(4) > unlock_module.delay_after(3) > 0
    qtbot.waitUntil(view.unlock_button.isEnabled, timeout=2000)
    _submit(qtbot, dialog, view, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None and not dialog.vault.is_locked
    assert unlock_module.delay_after(dialog.unlock.failures) == 0
    dialog.vault.lock()


def test_unlock_with_recovery_key(qtbot, vault_path, app_settings, fast_kdf):
    vault, key = Vault.create(vault_path, PASSPHRASE, fast_kdf)
    vault.lock()
    dialog, view = _unlock_dialog(qtbot, app_settings, vault_path)
    view.recovery_check.setChecked(True)
    _submit(qtbot, dialog, view, "not-the-key")
    assert "recovery key" in view.message.text()
    _submit(qtbot, dialog, view, key)
    assert dialog.vault is not None
    dialog.vault.lock()


def test_damaged_vault_offers_the_latest_backup(qtbot, demo_vault, app_settings, dialogs, tmp_path):
    demo_vault.backup()
    path = demo_vault.path
    count = demo_vault.repository.count()
    demo_vault.lock()
    db = path / "profiles.db"
    data = bytearray(db.read_bytes())
    data[:4096] = b"\0" * 4096  # the first page (salt and header) destroyed
    db.write_bytes(bytes(data))
    for extra in path.glob("profiles.db-*"):
        extra.unlink()

    dialog, view = _unlock_dialog(qtbot, app_settings, path)
    _submit(qtbot, dialog, view, PASSPHRASE)
    assert "damaged" in view.message.text()
    assert not view.restore_button.isHidden()
    restored = tmp_path / "restored.pevault"
    dialogs.folders.append(str(restored))
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.unlock.vault_path == restored
    _submit(qtbot, dialog, view, PASSPHRASE)
    assert dialog.vault is not None and dialog.vault.repository.count() == count
    dialog.vault.lock()


def test_demo_vault(qtbot, app_settings, fast_kdf, sample_profiles):
    dialog = WelcomeDialog(app_settings, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.home.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20_000)
    assert dialog.vault.repository.count() == len(sample_profiles)
    dialog.vault.lock()
    import shutil

    shutil.rmtree(dialog.demo_dir)
