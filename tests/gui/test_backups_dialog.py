"""The backups dialog driven as a user: make a backup, see it listed with date and size, restore
it into a new folder (never over the open vault) and open that vault with the passphrase, and
the automatic-backup setting kept in the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE

from profileeditor.core.vault import Vault
from profileeditor.gui.dialogs.backups import BackupsDialog


def test_create_list_restore_and_open(qtbot, demo_vault, dialogs, tmp_path):
    dialog = BackupsDialog(demo_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
    assert dialog.job.error is None, dialog.job.error
    assert dialog.list.topLevelItemCount() == 1
    item = dialog.list.topLevelItem(0)
    assert item.text(0).endswith("UTC") and item.text(0)[:4].isdigit()
    assert item.text(1) and item.text(1)[0].isdigit()  # a size such as "1.2 MB"
    assert dialog.backups() == demo_vault.list_backups()
    assert dialog.restore_button.isEnabled()

    # Restoring over the open vault, or inside its folder, is refused.
    dialogs.folders.append(str(demo_vault.path / "restored"))
    dialog.restore_selected()
    assert dialogs.messages[-1][0] == "warning"
    assert not (demo_vault.path / "restored").exists()

    target = tmp_path / "restored.pevault"
    dialogs.folders.append(str(target))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.done, timeout=30_000)
    assert dialog.job.error is None, dialog.job.error
    assert dialogs.messages[-1][0] == "information"
    assert str(target) in dialogs.messages[-1][2]

    with Vault.open(target, PASSPHRASE, auto_backup=False) as restored:
        assert restored.repository.count() == demo_vault.repository.count() == 8
        assert restored.repository.ids("Salma") == demo_vault.repository.ids("Salma")


def test_restore_into_a_folder_that_is_not_empty_fails_cleanly(
    qtbot, demo_vault, dialogs, tmp_path
):
    demo_vault.backup()
    dialog = BackupsDialog(demo_vault)
    qtbot.addWidget(dialog)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    dialogs.folders.append(str(busy))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: dialog.job.done, timeout=30_000)
    assert dialogs.messages[-1][0] == "error"
    assert sorted(p.name for p in busy.iterdir()) == ["keep.txt"]


def test_back_up_to_a_folder_elsewhere(qtbot, demo_vault, dialogs, tmp_path):
    dialog = BackupsDialog(demo_vault)
    qtbot.addWidget(dialog)
    target = tmp_path / "usb" / "copy.pevault"
    dialogs.folders.append(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.done, timeout=30_000)
    assert dialog.job.error is None, dialog.job.error
    with Vault.open(target, PASSPHRASE, auto_backup=False) as copy:
        assert copy.repository.count() == 8


def test_automatic_backup_setting_lives_in_the_vault(qtbot, demo_vault):
    dialog = BackupsDialog(demo_vault)
    qtbot.addWidget(dialog)
    assert dialog.auto_check.isChecked()  # on unless turned off
    dialog.auto_check.setChecked(False)
    assert demo_vault.repository.get_setting("auto_backup") is False
    assert demo_vault.backup_if_due() is None  # the vault honours it on open
    again = BackupsDialog(demo_vault)
    qtbot.addWidget(again)
    assert not again.auto_check.isChecked()
    again.auto_check.setChecked(True)
    assert demo_vault.repository.get_setting("auto_backup") is True
    assert demo_vault.backup_if_due() is not None


def test_backup_from_the_file_menu(qtbot, window, demo_vault):
    window.open_vault(demo_vault)
    before = len(demo_vault.list_backups())
    job = window.create_backup()
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.error is None, job.error
    assert len(demo_vault.list_backups()) == before + 1
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.list.topLevelItemCount() == before + 1


def test_a_restored_backup_opens_directly(qtbot, window, demo_vault, dialogs, tmp_path):
    """Issue 13 item 10: after a restore the user is offered to open it; yes locks the open
    vault and the lock screen asks for the restored vault's passphrase, then shows it."""
    window.open_vault(demo_vault)
    demo_vault.backup()
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    target = tmp_path / "restored.pevault"
    dialogs.folders.append(str(target))
    dialogs.confirmations.append(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job.done, timeout=30_000)
    assert dialog.job.error is None, dialog.job.error
    assert str(target) in dialogs.asked[-1]
    assert demo_vault.is_locked  # the vault that was open is locked first
    assert window.is_locked and window.stack.currentIndex() == window.LOCKED
    qtbot.keyClicks(window.unlock_view.secret_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    assert window.vault.path == target
    assert window.model.rowCount() == 8
    assert window.stack.currentIndex() == window.WORKSPACE


def test_declining_to_open_the_restored_backup_keeps_the_vault_open(
    qtbot, window, demo_vault, dialogs, tmp_path
):
    window.open_vault(demo_vault)
    demo_vault.backup()
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    dialogs.folders.append(str(tmp_path / "restored.pevault"))
    dialogs.confirmations.append(False)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: dialog.job.done, timeout=30_000)
    assert not window.is_locked and window.vault is demo_vault
