"""Issue 9 in the window: a lock during "Change passphrase" (the real race, on its worker), the
passphrase policy, rotation ("I was compromised"), a new recovery key shown once, a damaged page
or a full disk met after unlock, closed dialogs deleted on lock, secret clipboard copies, and
process hardening at the GUI's start."""

from __future__ import annotations

import contextlib
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit
from tests.conftest import PASSPHRASE

from profileeditor.core import keyfile
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault, VaultDamaged, WrongPassphrase, connect_keyed
from profileeditor.gui.dialogs.key_actions import RecoveryKeyDialog
from profileeditor.gui.secret_clipboard import KDE_HINT, is_marked

NEW = "a different long passphrase"
SLOW = KdfParams(64 * 1024, 4, 1)  # a few hundred ms: the lock lands inside the derivation


def _wait(qtbot, job):
    qtbot.waitUntil(lambda: job.done, timeout=60_000)


def test_lock_during_change_passphrase_keeps_the_vault_openable(qtbot, window, vault, dialogs):
    vault.repository.create_profile({"name": {"en": "Someone"}})
    vault.backup()
    path = vault.path
    window.open_vault(vault)
    window._kdf = SLOW
    dialogs.texts += [NEW, NEW]
    dialogs.confirmations.append(False)  # no rotation
    job = window.change_passphrase()
    assert job is not None
    qtbot.wait(30)
    window.lock_action.trigger()  # Ctrl+L while the worker derives the new key
    assert window.is_locked
    _wait(qtbot, job)
    assert job.error is None, job.error
    with Vault.open(path, NEW, auto_backup=False) as again:
        assert again.repository.count() == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, auto_backup=False)


SLOWER = KdfParams(256 * 1024, 4, 1)  # about a second of Argon2id per slot on this machine


@pytest.mark.parametrize("rotate", [False, True])
def test_a_lock_during_a_key_operation_does_not_freeze_the_window(
    qtbot, window, vault, dialogs, rotate
):
    """Issue 9 item 1: the lock is deferred, not waited for on the GUI thread — the window goes
    to the lock screen at once, the event loop runs, and the vault's key is zeroed when the
    operation (which verified its slot before writing) ends."""
    vault.repository.create_profile({"name": {"en": "Someone"}})
    path = vault.path
    window.open_vault(vault)
    window._kdf = SLOWER
    dialogs.texts += [NEW, NEW]
    if not rotate:
        dialogs.confirmations.append(False)
    started = time.monotonic()
    job = window.key_actions.change_passphrase(compromised=rotate)
    assert job is not None
    qtbot.wait(30)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    before = time.monotonic()
    window.lock_action.trigger()  # Ctrl+L while the worker derives the new key
    lock_took = time.monotonic() - before
    assert window.is_locked
    assert window.stack.currentIndex() == window.LOCKED
    assert vault._key_op.locked()  # the key operation is still running: nothing waited for it
    assert not vault.is_locked  # its key is zeroed when it ends, not before
    assert not window.unlock_view.unlock_button.isEnabled()  # no unlock while keys change
    assert window.unlock_view.message.text() == "Finishing the change of keys…"
    _wait(qtbot, job)
    took = time.monotonic() - started
    timer.stop()
    assert job.error is None, job.error
    assert vault.is_locked  # zeroed at the operation's end
    assert lock_took < took / 4  # the lock returned long before the operation ended
    assert len([t for t in ticks if t > before]) >= 5  # and the event loop ran meanwhile
    assert "new passphrase" in window.unlock_view.message.text()
    assert window.unlock_view.unlock_button.isEnabled()
    assert not window.key_actions.recovery_dialog  # never on the lock screen
    with Vault.open(path, NEW, auto_backup=False) as again:
        assert again.repository.count() == 1


def test_erase_during_a_key_operation_erases_when_it_ends(qtbot, window, vault, dialogs):
    path = vault.path
    window.open_vault(vault)
    window._kdf = SLOWER
    dialogs.texts += [NEW, NEW]
    dialogs.confirmations.append(False)
    job = window.key_actions.change_passphrase()
    qtbot.wait(30)
    dialogs.texts.append(window.erase_word())
    before = time.monotonic()
    assert window.erase_vault()
    erase_took = time.monotonic() - before
    assert vault._key_op.locked()  # the window did not wait for it
    _wait(qtbot, job)
    qtbot.waitUntil(lambda: not (path / "vault.key").exists(), timeout=10_000)
    assert erase_took < 0.5 * (time.monotonic() - before)
    with pytest.raises(Exception):  # noqa: B017 — neither passphrase opens anything now
        Vault.open(path, NEW, auto_backup=False)


def test_a_weak_new_passphrase_is_refused(window, vault, dialogs):
    window.open_vault(vault)
    before = vault.key_path.read_bytes()
    dialogs.texts.append("short")
    assert window.change_passphrase() is None
    assert dialogs.messages[-1][0] == "warning" and "Too short" in dialogs.messages[-1][2]
    dialogs.texts.append("password123456")
    assert window.change_passphrase() is None
    assert "guess" in dialogs.messages[-1][2]
    assert vault.key_path.read_bytes() == before


def test_i_was_compromised_rotates_and_shows_the_recovery_key_once(qtbot, window, vault, dialogs):
    vault.repository.create_profile({"name": {"en": "Someone"}})
    path = vault.path
    old_doc = keyfile.read_key_file(vault.key_path)
    window.open_vault(vault)
    dialogs.texts += [NEW, NEW]
    window.compromised_action.trigger()  # no question: rotation is required
    job = window.key_actions.job
    _wait(qtbot, job)
    assert job.error is None, job.error
    dialog = window.key_actions.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    recovery = dialog.key_view.toPlainText()
    assert not dialog.done_button.isEnabled()
    dialog.copy_button.click()
    assert is_marked(QGuiApplication.clipboard().mimeData())
    dialog.stored_check.setChecked(True)
    dialog.done_button.click()
    assert "still open with the old passphrase and recovery key" in dialogs.messages[-1][2]
    window.lock()
    old_key = keyfile.unlock_with_passphrase(old_doc, PASSPHRASE)
    with pytest.raises(VaultDamaged):
        connect_keyed(path / "profiles.db", old_key)
    with Vault.open_with_recovery_key(path, recovery) as again:
        assert again.repository.count() == 1


def test_new_recovery_key_from_the_menu(qtbot, window, vault, dialogs, vault_path):
    window.open_vault(vault)
    dialogs.confirmations.append(True)
    window.recovery_action.trigger()
    _wait(qtbot, window.key_actions.job)
    recovery = window.key_actions.recovery_dialog.key_view.toPlainText()
    window.lock()  # the dialog goes with the lock
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [d for d in window.findChildren(RecoveryKeyDialog)]
    with Vault.open_with_recovery_key(vault_path, recovery):
        pass


def test_a_closed_import_dialog_and_its_rows_are_gone_after_lock(
    qtbot, window, vault, dialogs, tmp_path
):
    canary = "CanaryRowName زينب"
    sheet = tmp_path / "people.csv"
    sheet.write_text(f"name,status\n{canary},detained\n", encoding="utf-8")
    window.open_vault(vault)
    dialogs.files.append(str(sheet))
    window.data_actions.import_sheet_action.trigger()
    qtbot.waitUntil(lambda: window.data_actions.controller.job.done, timeout=20_000)
    window.data_actions.controller.view.close()  # closed, not deleted: it keeps the rows
    window.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the next loop turn
    gc.collect()
    assert not window.findChildren(QDialog)
    leftovers = [
        o
        for o in gc.get_objects()
        if isinstance(o, list | tuple | dict)
        and any(
            isinstance(v, str) and canary in v for v in (o.values() if isinstance(o, dict) else o)
        )
    ]
    assert leftovers == []


def test_text_copied_from_the_window_is_marked_secret(qtbot, window, vault):
    window.open_vault(vault)
    edit = QLineEdit("a name to copy", window)
    edit.selectAll()
    edit.copy()
    qtbot.waitUntil(lambda: is_marked(QGuiApplication.clipboard().mimeData()), timeout=2000)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "a name to copy" and bytes(mime.data(KDE_HINT).data()) == b"secret"


def test_a_damaged_page_after_unlock_says_restore_a_backup(qtbot, window, demo_vault, dialogs):
    vault = demo_vault
    for i in range(300):
        vault.repository.create_profile({"name": {"en": f"Person {i} " + "x" * 400}})
    vault.backup()
    window.open_vault(vault)
    # Damage on disk under the open vault: pages nobody has read since the unlock.
    db = vault.path / "profiles.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages):
        data[page * 4096 + 300] ^= 0xFF
    with db.open("r+b") as fh:
        fh.write(bytes(data))
    vault.repository.conn.execute("PRAGMA shrink_memory")  # what was read must be read again
    window.filter_bar.search_edit.setText("Person 250")
    window.filter_bar.flush()
    qtbot.waitUntil(lambda: any(m[0] == "error" for m in dialogs.messages), timeout=10_000)
    _kind, title, text = next(m for m in dialogs.messages if m[0] == "error")
    assert "damaged" in title.lower() and "restore its latest backup" in text
    assert sum(m[0] == "error" for m in dialogs.messages) == 1  # once, not per failed read
    assert window.is_locked
    assert not window.unlock_view.restore_button.isHidden()
    assert "damaged" in window.unlock_view.message.text()


def test_the_gui_start_hardens_the_process(tmp_path):
    code = (
        "import resource\n"
        "from profileeditor.gui import main_window\n"
        "main_window.MainWindow.start = lambda self, path=None: False\n"
        "from profileeditor.gui.app import main\n"
        "from profileeditor.core.hardening import is_dumpable\n"
        "assert main(['profileeditor']) == 0\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    import os

    env = dict(os.environ, PYTHONPATH=str(src), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "(0, 0) False"


def test_opening_with_a_failed_automatic_backup_warns(window, vault, dialogs):
    vault.warnings.append("the automatic backup failed: the disk is full")
    window.open_vault(vault)
    assert dialogs.messages[-1][0] == "warning" and "disk is full" in dialogs.messages[-1][2]
    json.dumps(dialogs.messages)


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_in_the_window_says_disk_full_and_keeps_working(
    qtbot, window, dialogs, small_disk
):
    """Issue 9 item 6: a write that meets a full disk under the open window is "disk full", not
    "damaged" and not a traceback; the vault stays open, and works again once there is room."""
    path = small_disk / "v.pevault"
    vault, _ = Vault.create(path, PASSPHRASE, KdfParams.insecure_for_tests())
    ids = [vault.repository.create_profile({"name": {"en": f"Person {i}"}}) for i in range(3)]
    window.open_vault(vault)
    filler = small_disk / "filler"
    with filler.open("wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    assert window.select_profile(ids[0])
    window.delete_action.trigger()  # the trash's write meets the full disk
    kinds = [(kind, title) for kind, title, _ in dialogs.messages]
    assert kinds == [("error", "Disk full")], dialogs.messages
    assert not window.is_locked
    filler.unlink()
    assert vault.repository.create_profile({"name": {"en": "After"}})
    assert vault.check() == []
