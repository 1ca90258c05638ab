"""Issue 10 item 4: an edit survives the vault locking, and a save the vault refuses never freezes
the window. Real vault, real window offscreen; "another program" is a second keyed connection
holding the write lock."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt, QTimer
from tests.conftest import PASSPHRASE
from tests.gui.test_editor import field, salma, type_into

from profileeditor.core.repository import Repository
from profileeditor.core.vault import connect_keyed


def _open_on(qtbot, window, vault, profile_id: str):
    window.open_vault(vault)
    assert window.select_profile(profile_id)
    qtbot.waitUntil(lambda: window.editor.current_id() == profile_id, timeout=3000)
    return window.editor


def _unlock(qtbot, window) -> None:
    qtbot.keyClicks(window.unlock_view.secret_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)


def test_the_window_keeps_running_while_a_refused_save_is_retried(qtbot, window, demo_vault):
    """Another program holds the write lock: the save says "Not saved" at once and its retries
    run on a timer, so the event loop never stops for the connection's busy wait (5 s)."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    busy_wait_ms = repo.conn.execute("PRAGMA busy_timeout").fetchone()[0]
    assert busy_wait_ms >= 1000  # the connection's own wait is long; a save must not use it
    editor._retry_timer.setInterval(100)
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    holder = connect_keyed(demo_vault.db_path, demo_vault._key())
    holder.execute("BEGIN IMMEDIATE")
    try:
        start = time.perf_counter()
        type_into(qtbot, field(editor, "occupation.en"), "Kept while busy")
        editor.flush()
        first_save_ms = (time.perf_counter() - start) * 1000
        assert editor.status.text().startswith("Not saved") and editor.has_unsaved_edit()
        ticker.start()
        qtbot.wait(1500)  # about fifteen retries, each refused
        ticker.stop()
        assert editor.status.text().startswith("Not saved")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    # Against the busy wait a blocking save would take: the loop ran all along.
    assert first_save_ms < busy_wait_ms / 4
    assert len(ticks) > 10 and max(gaps) < busy_wait_ms / 4
    qtbot.waitUntil(lambda: editor.status.text() == "All changes saved", timeout=5000)
    assert repo.get_profile(pid)["occupation"]["en"] == "Kept while busy"


def test_an_edit_typed_just_before_the_lock_is_saved_first(qtbot, window, demo_vault):
    """Typed, its pause not over, then the vault locks (idle or Ctrl+L): saved before the
    database closes, and there after unlock."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    occupation = field(editor, "occupation.en")
    occupation.setFocus()
    occupation.setText("Typed before the lock")
    occupation.textEdited.emit("Typed before the lock")  # the pause is not over yet
    window.lock()
    assert window.is_locked and not editor.has_kept_edit()
    assert field(editor, "occupation.en").text() == ""  # nothing left on screen
    _unlock(qtbot, window)
    stored = window.vault.repository.get_profile(pid)
    assert stored["occupation"]["en"] == "Typed before the lock"
    qtbot.waitUntil(lambda: window.editor.current_id() == pid, timeout=3000)
    assert field(window.editor, "occupation.en").text() == "Typed before the lock"


def test_an_edit_the_vault_refuses_up_to_the_lock_is_saved_after_unlock(qtbot, window, demo_vault):
    """Another program holds the write lock through the lock: the edit cannot be saved first,
    so it is kept (off screen) and saved when its profile is shown after unlock."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    editor.LOCK_WAIT_MS = 200
    holder = connect_keyed(demo_vault.db_path, demo_vault._key())
    holder.execute("BEGIN IMMEDIATE")
    try:
        type_into(qtbot, field(editor, "occupation.en"), "Refused until the unlock")
        window.lock()
        assert window.is_locked and editor.has_kept_edit()
        assert field(editor, "occupation.en").text() == ""
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.current_id() == pid, timeout=3000)
    assert not window.editor.has_kept_edit()
    assert window.vault.repository.get_profile(pid)["occupation"]["en"] == (
        "Refused until the unlock"
    )
    assert window.editor.status.text() == "All changes saved"
    assert field(window.editor, "occupation.en").text() == "Refused until the unlock"


def test_a_kept_edit_never_overwrites_a_change_made_while_locked(qtbot, window, demo_vault):
    """The kept edit carries the revision it was made on: if another program saved the
    profile while the window was locked, the kept edit is refused, not written over it."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    editor.LOCK_WAIT_MS = 200
    key = bytearray(demo_vault._key())  # the other program's own copy of the key
    holder = connect_keyed(demo_vault.db_path, key)
    holder.execute("BEGIN IMMEDIATE")
    try:
        type_into(qtbot, field(editor, "occupation.en"), "Mine, kept")
        window.lock()
        assert editor.has_kept_edit()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    conn = connect_keyed(demo_vault.db_path, key)
    try:
        other = Repository(conn)
        theirs = other.get_profile(pid)
        theirs["bio"] = {"en": "Theirs, saved while locked."}
        other.update_profile(theirs)
    finally:
        conn.close()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.current_id() == pid, timeout=3000)
    stored = window.vault.repository.get_profile(pid)
    assert stored["bio"] == {"en": "Theirs, saved while locked."}
    assert stored["occupation"].get("en") != "Mine, kept"
    assert "changed elsewhere" in window.editor.status.text()
