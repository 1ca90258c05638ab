"""Exchange driven as a user with two vaults: B's key shown and copied, profiles sent from A to
B's key, received in B, a field edited on both sides shows in B's conflicts view and is settled;
a passphrase bundle asks for its passphrase; bad keys and a wrong bundle are refused clearly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from profileeditor.core.exchange import conflicts
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.export.bundle import public_key
from profileeditor.gui.dialogs.exchange_dialogs import (
    ConflictsController,
    ReceiveBundleController,
    SendBundleController,
)


@pytest.fixture
def other_vault(tmp_path):
    opened, _ = Vault.create(
        tmp_path / "b.pevault", "another passphrase", KdfParams.insecure_for_tests()
    )
    yield opened
    if not opened.is_locked:
        opened.lock()


def _wait(qtbot, job):
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.error is None, job.error


def _send(qtbot, window, vault, profile_id, out, key=None, passphrase=None):
    window.open_vault(vault)
    assert window.select_profile(profile_id)
    window.data_actions.send_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, SendBundleController)
    view = controller.view
    assert view.chosen_selection() == "selected"
    if key:
        view.keys_edit.setPlainText(key)
    else:
        view.passphrase_radio.setChecked(True)
        view.passphrase_edit.setText(passphrase)
        view.passphrase_again.setText(passphrase)
    view.out_edit.setText(str(out))
    assert view.send_button.isEnabled(), view.problem_label.text()
    view.send_button.click()
    _wait(qtbot, controller.job)
    return controller


def _receive(qtbot, window, vault, dialogs, path) -> ReceiveBundleController:
    window.open_vault(vault)
    dialogs.files.append(str(path))
    window.data_actions.receive_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, ReceiveBundleController)
    _wait(qtbot, controller.job)
    return controller


def test_my_key_is_shown_and_copied(qtbot, window, vault):
    window.open_vault(vault)
    window.data_actions.my_key_action.trigger()
    dialog = window.data_actions.controller
    key = dialog.key_edit.text()
    assert key.startswith("age1") and key == public_key(vault.repository)
    assert dialog.key_edit.isReadOnly()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == key
    window.lock()  # the application's copy is cleared on lock like any other
    assert QApplication.clipboard().text() != key


def test_send_to_a_key_receive_and_settle_a_conflict(
    qtbot, window, vault, other_vault, dialogs, tmp_path
):
    a, b = vault, other_vault
    pid = a.repository.create_profile(
        {"name": {"ar": "منى حسن", "en": "Mona Hassan"}, "occupation": {"ar": "صحفية"}}
    )
    b_key = public_key(b.repository)

    # A sends the profile to B's key; a line that is not a key is refused first.
    window.open_vault(a)
    window.select_profile(pid)
    window.data_actions.send_action.trigger()
    sender = window.data_actions.controller
    sender.view.keys_edit.setPlainText(b_key + "\nnot-a-key")
    sender.view.out_edit.setText(str(tmp_path / "one.pebundle"))
    assert not sender.view.send_button.isEnabled()
    assert "Line 2" in sender.view.problem_label.text()
    sender.view.reject()
    _send(qtbot, window, a, pid, tmp_path / "one.pebundle", key=b_key)
    assert dialogs.messages[-1][0] == "information"
    assert (tmp_path / "one.pebundle").read_bytes().startswith(b"age-encryption.org/v1")

    receiver = _receive(qtbot, window, b, dialogs, tmp_path / "one.pebundle")
    assert receiver.report.added == [pid]
    assert "Added: 1" in dialogs.messages[-1][2]
    assert window.model.row_of(pid) >= 0
    assert b.repository.get_profile(pid)["occupation"]["ar"] == "صحفية"

    # Both sides change the same field; A sends again; B sees the conflict.
    for repository, job in ((a.repository, "محامية"), (b.repository, "مهندسة")):
        profile = repository.get_profile(pid)
        profile["occupation"] = {"ar": job}
        repository.update_profile(profile)
    _send(qtbot, window, a, pid, tmp_path / "two.pebundle", key=b_key)
    dialogs.confirmations.append(True)  # "open the conflicts now?"
    receiver = _receive(qtbot, window, b, dialogs, tmp_path / "two.pebundle")
    assert receiver.report.conflicted == [pid]
    conflicts_view = window.data_actions.controller
    assert isinstance(conflicts_view, ConflictsController)
    model = conflicts_view.view.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "منى حسن" and row[2] == "مهندسة" and row[3] == "محامية"
    assert row[4] != "—" and row[5] != "—"  # both modification times shown
    assert b.repository.get_profile(pid)["occupation"]["ar"] == "مهندسة"  # mine until decided

    assert not conflicts_view.view.take_button.isEnabled()
    conflicts_view.select(0)
    conflicts_view.view.take_button.click()
    assert b.repository.get_profile(pid)["occupation"]["ar"] == "محامية"
    assert conflicts(b.repository) == []
    assert model.rowCount() == 0
    assert conflicts_view.view.empty_label.isVisibleTo(conflicts_view.view)
    # The value that lost stays in the history.
    assert any(r.old == "مهندسة" for r in b.repository.history(pid) if r.field == "occupation.ar")


def test_keep_mine_records_theirs_in_the_history(
    qtbot, window, vault, other_vault, dialogs, tmp_path
):
    a, b = vault, other_vault
    pid = a.repository.create_profile({"name": {"ar": "سارة علي"}, "bio": {"ar": "أ"}})
    b_key = public_key(b.repository)
    _send(qtbot, window, a, pid, tmp_path / "one.pebundle", key=b_key)
    _receive(qtbot, window, b, dialogs, tmp_path / "one.pebundle")
    for repository, text in ((a.repository, "من أ"), (b.repository, "من ب")):
        profile = repository.get_profile(pid)
        profile["bio"] = {"ar": text}
        repository.update_profile(profile)
    _send(qtbot, window, a, pid, tmp_path / "two.pebundle", key=b_key)
    dialogs.confirmations.append(False)
    _receive(qtbot, window, b, dialogs, tmp_path / "two.pebundle")
    window.data_actions.conflicts_action.trigger()
    view = window.data_actions.controller.view
    assert view.model.rowCount() == 1
    window.data_actions.controller.select(0)
    view.keep_button.click()
    assert b.repository.get_profile(pid)["bio"]["ar"] == "من ب"
    assert any(r.field == "conflict:bio.ar" for r in b.repository.history(pid))
    assert view.model.rowCount() == 0


def test_a_passphrase_bundle_asks_for_it(qtbot, window, vault, other_vault, dialogs, tmp_path):
    pid = vault.repository.create_profile({"name": {"ar": "علي حسن"}})
    out = tmp_path / "shared.pebundle"
    _send(qtbot, window, vault, pid, out, passphrase="a long shared passphrase")

    # Cancelling the passphrase prompt imports nothing (a wrong one is core's test: scrypt is slow).
    dialogs.texts.append(None)
    window.open_vault(other_vault)
    dialogs.files.append(str(out))
    window.data_actions.receive_action.trigger()
    assert window.data_actions.controller.job is None
    assert other_vault.repository.count() == 0

    dialogs.texts.append("a long shared passphrase")
    receiver = _receive(qtbot, window, other_vault, dialogs, out)
    assert receiver.report.added == [pid]


def test_a_bundle_for_another_key_is_refused(qtbot, window, vault, other_vault, dialogs, tmp_path):
    pid = vault.repository.create_profile({"name": {"ar": "علي حسن"}})
    stranger, _ = Vault.create(
        tmp_path / "c.pevault", "third passphrase", KdfParams.insecure_for_tests()
    )
    try:
        key = public_key(stranger.repository)
    finally:
        stranger.lock()
    out = tmp_path / "elsewhere.pebundle"
    _send(qtbot, window, vault, pid, out, key=key)
    window.open_vault(other_vault)
    dialogs.files.append(str(out))
    window.data_actions.receive_action.trigger()
    job = window.data_actions.controller.job
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert dialogs.messages[-1][0] == "error" and "wrong recipient" in dialogs.messages[-1][2]
    assert other_vault.repository.count() == 0
