"""One change hub, no lost updates, no silent loss: the window driven as a user does while other
writes (an import, another program, a locked database) happen underneath."""

from __future__ import annotations

import json
import sys

from tests.gui.test_editor import field, salma, type_into

from profileeditor.core.repository import Repository
from profileeditor.core.vault import connect_keyed
from profileeditor.gui import excepthook


def _open_on(qtbot, window, vault, profile_id: str):
    window.open_vault(vault)
    assert window.select_profile(profile_id)
    qtbot.waitUntil(lambda: window.editor.current_id() == profile_id, timeout=3000)
    return window.editor


def test_import_while_the_editor_shows_the_profile_loses_nothing(
    qtbot, window, demo_vault, dialogs, tmp_path
):
    """The lost update of issue 10: import a changed profile while the editor shows it, then
    edit another field; both changes are in the vault."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    changed = repo.get_profile(pid)
    changed["bio"] = {**(changed.get("bio") or {}), "en": "Imported biography."}
    source = tmp_path / "changed.json"
    source.write_text(
        json.dumps({"format": "profileeditor.profiles", "version": 1, "profiles": [changed]}),
        encoding="utf-8",
    )
    dialogs.files.append(str(source))
    job = window.import_json()  # on a worker, over its own connection
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.error is None
    # The editor heard it and shows the imported version.
    qtbot.waitUntil(lambda: field(editor, "bio.en").toPlainText() == "Imported biography.")

    type_into(qtbot, field(editor, "occupation.en"), "Researcher")
    editor.flush()
    stored = repo.get_profile(pid)
    assert stored["bio"]["en"] == "Imported biography."  # the import survived the edit
    assert stored["occupation"]["en"] == "Researcher"  # and the edit is in
    assert editor.status.text() == "All changes saved"


def test_typing_during_an_import_is_kept_on_the_new_version(qtbot, window, demo_vault):
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    occupation = field(editor, "occupation.en")
    occupation.setFocus()
    occupation.setText("Half typed")
    occupation.textEdited.emit("Half typed")  # a pause not yet over: nothing saved
    changed = repo.get_profile(pid)
    changed["bio"] = {"en": "From a bundle."}
    repo.import_profiles([changed])  # heard at once on the GUI thread
    stored = repo.get_profile(pid)
    assert stored["bio"] == {"en": "From a bundle."}
    assert stored["occupation"]["en"] == "Half typed"


def test_a_save_over_a_newer_version_from_elsewhere_is_refused(qtbot, window, demo_vault):
    """Another program (its own connection, its own hub: unheard here) saves the profile; the
    editor's next save is refused with a message, and the other program's change stays."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    conn = connect_keyed(demo_vault.db_path, demo_vault._key())
    try:
        other = Repository(conn)
        theirs = other.get_profile(pid)
        theirs["bio"] = {"en": "Their biography."}
        other.update_profile(theirs)
    finally:
        conn.close()
    type_into(qtbot, field(editor, "occupation.en"), "Mine")
    editor.flush()
    assert "changed elsewhere" in editor.status.text()
    assert repo.get_profile(pid)["bio"] == {"en": "Their biography."}
    qtbot.waitUntil(lambda: field(editor, "bio.en").toPlainText() == "Their biography.")


def test_a_locked_database_says_not_saved_and_saves_after_release(qtbot, window, demo_vault):
    """A second connection holds the write lock during a save: "Not saved" on screen, the edit
    kept, and saved once the lock is released."""
    repo = demo_vault.repository
    pid = salma(repo)
    editor = _open_on(qtbot, window, demo_vault, pid)
    editor.RETRY_MS = 200
    editor._retry_timer.setInterval(200)
    repo.conn.execute("PRAGMA busy_timeout = 100")
    holder = connect_keyed(demo_vault.db_path, demo_vault._key())
    holder.execute("BEGIN IMMEDIATE")
    try:
        type_into(qtbot, field(editor, "occupation.en"), "Kept while locked")
        editor.flush()
        assert editor.status.text().startswith("Not saved")
        assert "busy" in editor.status.text()
        assert editor.has_unsaved_edit()
        qtbot.wait(500)  # retries fail while the lock is held, and say so
        assert editor.status.text().startswith("Not saved")
        assert repo.get_profile(pid)["occupation"].get("en") != "Kept while locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: editor.status.text() == "All changes saved", timeout=5000)
    assert repo.get_profile(pid)["occupation"]["en"] == "Kept while locked"
    assert not editor.has_unsaved_edit()


def test_trash_and_duplicates_merge_refresh_list_and_editor(qtbot, window, demo_vault):
    from profileeditor.core.duplicates import merge_profiles

    repo = demo_vault.repository
    ids = sorted(repo.ids())
    editor = _open_on(qtbot, window, demo_vault, ids[1])
    total = window.model.total
    merge_profiles(repo, ids[0], ids[1])  # the profile shown goes to the trash
    assert window.model.total == total - 1 and window.model.row_of(ids[1]) == -1
    assert editor.current_id() is None


def test_the_exception_hook_shows_an_error_instead_of_going_on(qtbot, window, dialogs, capsys):
    from profileeditor.core.errors import FULL, KnownStorageError

    uninstall = excepthook.install(lambda: window)
    try:
        try:
            raise KnownStorageError("database or disk is full", FULL)
        except KnownStorageError:
            sys.excepthook(*sys.exc_info())
    finally:
        uninstall()
    assert dialogs.messages == [
        (
            "error",
            "Profile Editor — error",
            "The vault could not be read or written: the disk is full.",
        )
    ]
    assert "KnownStorageError" in capsys.readouterr().err
