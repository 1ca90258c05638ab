"""Exchange driven as a user with two vaults: the identity shown as text and QR code and copied,
contacts added and verified after comparing the safety number, profiles sent to a contact and
received, a field edited on both sides settled in the conflicts view; a stranger's bundle is
refused until accepted after its safety number, and then merged only after a review; a
passphrase bundle asks for its passphrase; a bundle for another key is refused clearly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from profileeditor.core import vocab
from profileeditor.core.exchange import conflicts, contacts
from profileeditor.core.exchange.keys import own_keys, safety_number
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.gui.dialogs.exchange_dialogs import (
    ConflictsController,
    ContactsController,
    ReceiveBundleController,
    SendBundleController,
    group,
    ltr,
    qr_image,
)
from profileeditor.gui.models.data_tables import field_label


@pytest.fixture
def other_vault(tmp_path):
    opened, _ = Vault.create(
        tmp_path / "b.pevault", "another passphrase", KdfParams.insecure_for_tests()
    )
    yield opened
    if not opened.is_locked:
        opened.lock()


def _befriend(a, b):
    contacts.add(a.repository, "Basma", own_keys(b.repository).public, verified=True)
    contacts.add(b.repository, "Amal", own_keys(a.repository).public, verified=True)


def _wait(qtbot, job):
    qtbot.waitUntil(lambda: job.done, timeout=20_000)


def _send(qtbot, window, vault, profile_id, out, contact=None, passphrase=None):
    window.open_vault(vault)
    assert window.select_profile(profile_id)
    window.data_actions.send_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, SendBundleController)
    view = controller.view
    assert view.chosen_selection() == "selected"
    if contact:
        (item,) = view.contacts_list.findItems(contact, Qt.MatchFlag.MatchExactly)
        item.setCheckState(Qt.CheckState.Checked)
    else:
        view.passphrase_radio.setChecked(True)
        view.passphrase_edit.setText(passphrase)
        view.passphrase_again.setText(passphrase)
    view.out_edit.setText(str(out))
    assert view.send_button.isEnabled(), view.problem_label.text()
    view.send_button.click()
    _wait(qtbot, controller.job)
    assert controller.job.error is None, controller.job.error
    return controller


def _receive(qtbot, window, vault, dialogs, path) -> ReceiveBundleController:
    window.open_vault(vault)
    dialogs.files.append(str(path))
    window.data_actions.receive_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, ReceiveBundleController)
    _wait(qtbot, controller.job)
    return controller


def test_my_identity_is_shown_as_text_and_qr_and_copied(qtbot, window, vault):
    window.open_vault(vault)
    window.data_actions.my_key_action.trigger()
    dialog = window.data_actions.controller
    line = dialog.key_edit.text()
    assert line == own_keys(vault.repository).public.text and line.startswith("pe1:age1")
    assert dialog.key_edit.isReadOnly()
    assert not dialog.qr_label.pixmap().isNull()
    digits = own_keys(vault.repository).public.code()
    assert digits[:5] in dialog.code_label.text()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == line
    window.lock()  # the application's copy is cleared on lock like any other
    assert QApplication.clipboard().text() != line


def test_qr_code_encodes_the_identity():
    import segno

    line = "pe1:age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq:AAAA"
    image = qr_image(line, 2)
    size = len(list(segno.make_qr(line, error="m").matrix_iter(scale=1, border=4)))
    assert image.width() == image.height() == size * 2
    assert image.pixelColor(0, 0).name() == "#ffffff"  # quiet zone
    assert image.pixelColor(8, 8).name() == "#000000"  # finder pattern corner


def test_contacts_added_verified_after_the_safety_number_and_removed(
    qtbot, window, vault, other_vault, dialogs
):
    window.open_vault(vault)
    window.data_actions.contacts_action.trigger()
    controller = window.data_actions.controller
    assert isinstance(controller, ContactsController)
    view = controller.view
    view.name_edit.setText("Basma")
    view.identity_edit.setText("pe1:not-a-key")
    view.add_button.click()
    assert "identity" in view.problem_label.text() and view.table.rowCount() == 0
    view.identity_edit.setText(own_keys(other_vault.repository).public.text)
    view.add_button.click()
    assert view.table.rowCount() == 1
    number = safety_number(
        own_keys(vault.repository).public, own_keys(other_vault.repository).public
    )
    assert view.table.item(0, 3).text().strip("\u2066\u2069") == number
    assert not contacts.get(vault.repository, "Basma").verified
    controller.select(0)
    dialogs.confirmations.append(False)  # the digits differ: not verified
    assert not controller.verify_selected()
    dialogs.confirmations.append(True)
    assert controller.verify_selected()
    assert contacts.get(vault.repository, "Basma").verified
    controller.select(0)
    dialogs.confirmations.append(True)
    assert controller.remove_selected()
    assert contacts.list_contacts(vault.repository) == []


def test_send_to_a_contact_receive_and_settle_a_conflict(
    qtbot, window, vault, other_vault, dialogs, tmp_path
):
    a, b = vault, other_vault
    _befriend(a, b)
    pid = a.repository.create_profile(
        {"name": {"ar": "منى حسن", "en": "Mona Hassan"}, "occupation": {"ar": "صحفية"}}
    )
    _send(qtbot, window, a, pid, tmp_path / "one.pebundle", contact="Basma")
    assert dialogs.messages[-1][0] == "information"
    assert (tmp_path / "one.pebundle").read_bytes().startswith(b"age-encryption.org/v1")

    receiver = _receive(qtbot, window, b, dialogs, tmp_path / "one.pebundle")
    assert receiver.report.added == [pid]
    assert "From \u2068Amal\u2069. Added: 1" in dialogs.messages[-1][2]  # the name isolated
    assert window.model.row_of(pid) >= 0
    assert b.repository.get_profile(pid)["occupation"]["ar"] == "صحفية"

    # Both sides change the same field; A sends again; B sees the conflict.
    for repository, job in ((a.repository, "محامية"), (b.repository, "مهندسة")):
        profile = repository.get_profile(pid)
        profile["occupation"] = {"ar": job}
        repository.update_profile(profile)
    _send(qtbot, window, a, pid, tmp_path / "two.pebundle", contact="Basma")
    dialogs.confirmations.append(True)  # "open the conflicts now?"
    receiver = _receive(qtbot, window, b, dialogs, tmp_path / "two.pebundle")
    assert receiver.report.conflicted == [pid]
    conflicts_view = window.data_actions.controller
    assert isinstance(conflicts_view, ConflictsController)
    model = conflicts_view.view.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "منى حسن" and row[2] == "مهندسة" and row[3] == "محامية"

    assert not conflicts_view.view.take_button.isEnabled()
    conflicts_view.select(0)
    conflicts_view.view.take_button.click()
    assert b.repository.get_profile(pid)["occupation"]["ar"] == "محامية"
    assert conflicts(b.repository) == []
    assert model.rowCount() == 0
    assert conflicts_view.view.empty_label.isVisibleTo(conflicts_view.view)
    # The value that lost stays in the history.
    assert any(
        "مهندسة" in (r.old, r.new) for r in b.repository.history(pid) if "occupation.ar" in r.field
    )


def test_a_stranger_is_accepted_after_the_safety_number_then_reviewed(
    qtbot, window, vault, other_vault, dialogs, tmp_path
):
    a, b = vault, other_vault
    contacts.add(a.repository, "Basma", own_keys(b.repository).public, verified=True)
    pid = a.repository.create_profile({"name": {"ar": "علي حسن"}, "status": "detained"})
    _send(qtbot, window, a, pid, tmp_path / "s.pebundle", contact="Basma")

    # Refused first: nothing imported, the question shows the safety number.
    dialogs.confirmations.append(False)
    _receive(qtbot, window, b, dialogs, tmp_path / "s.pebundle")
    assert b.repository.count() == 0 and contacts.list_contacts(b.repository) == []

    dialogs.confirmations.append(True)
    dialogs.texts.append("Amal")
    controller = _receive(qtbot, window, b, dialogs, tmp_path / "s.pebundle")
    qtbot.waitUntil(lambda: controller.review is not None and controller.job.done, timeout=20_000)
    review = controller.review
    assert review.isVisible() and b.repository.count() == 0
    listed = {review.table.item(r, 1).text() for r in range(review.table.rowCount())}
    # Field labels, not paths; the status by its label, not its code (issue 13 item 15).
    assert {field_label("name.ar"), field_label("status")} <= listed
    assert not {"name.ar", "status"} & listed
    values = {review.table.item(r, 3).text() for r in range(review.table.rowCount())}
    assert "detained" not in values and vocab.label("status", "detained", "en") in values
    assert not contacts.get(b.repository, "Amal").verified
    review.merge_button.click()
    _wait(qtbot, controller.job)
    assert controller.report.added == [pid]
    assert b.repository.get_profile(pid)["status"] == "detained"
    author = [r.author for r in b.repository.history(pid)]
    assert "Amal (bundle)" in author


def test_a_passphrase_bundle_asks_for_it(qtbot, window, vault, other_vault, dialogs, tmp_path):
    _befriend(vault, other_vault)
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


@pytest.mark.parametrize(
    ("weak", "reason"),
    [("shared", "Too short"), ("shared secret", "Too easy"), ("password1234", "Too easy")],
)
def test_a_weak_bundle_passphrase_is_refused_in_the_dialog(
    qtbot, window, vault, tmp_path, weak, reason
):
    """Issue 9 item 8: the send dialog holds a bundle passphrase to the vault's policy."""
    pid = vault.repository.create_profile({"name": {"ar": "علي حسن"}})
    window.open_vault(vault)
    assert window.select_profile(pid)
    window.data_actions.send_action.trigger()
    view = window.data_actions.controller.view
    view.passphrase_radio.setChecked(True)
    view.out_edit.setText(str(tmp_path / "weak.pebundle"))
    for text in (weak, "wadi halfa ninety kites orbit"):
        view.passphrase_edit.setText(text)
        view.passphrase_again.setText(text)
        if text == weak:
            assert not view.send_button.isEnabled()
            assert view.problem_label.text().startswith(reason)
    assert view.send_button.isEnabled(), view.problem_label.text()


def test_a_bundle_for_another_key_is_refused(qtbot, window, vault, other_vault, dialogs, tmp_path):
    pid = vault.repository.create_profile({"name": {"ar": "علي حسن"}})
    stranger, _ = Vault.create(
        tmp_path / "c.pevault", "third passphrase", KdfParams.insecure_for_tests()
    )
    try:
        contacts.add(vault.repository, "Carol", own_keys(stranger.repository).public, True)
    finally:
        stranger.lock()
    out = tmp_path / "elsewhere.pebundle"
    _send(qtbot, window, vault, pid, out, contact="Carol")
    window.open_vault(other_vault)
    dialogs.files.append(str(out))
    window.data_actions.receive_action.trigger()
    job = window.data_actions.controller.job
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert dialogs.messages[-1][0] == "error" and "wrong recipient" in dialogs.messages[-1][2]
    assert other_vault.repository.count() == 0


def test_sync_folder_chosen_in_the_gui_runs_a_pass(
    qtbot, window, vault, other_vault, dialogs, tmp_path
):
    _befriend(vault, other_vault)
    vault.repository.create_profile({"name": {"ar": "علي حسن"}})
    folder = tmp_path / "shared"
    folder.mkdir()
    window.open_vault(vault)
    dialogs.folders.append(str(folder))
    window.data_actions.sync_folder_action.trigger()
    sync = window.data_actions.sync
    _wait(qtbot, sync.job)
    assert sync.timer.isActive() and sync.last.written == ["Basma"]
    assert len(list(folder.iterdir())) == 1
    from profileeditor.core.exchange import sync as core_sync

    core_sync.tie(other_vault.repository, folder)
    window.open_vault(other_vault)  # a pass on open
    _wait(qtbot, sync.job)
    assert other_vault.repository.count() == 1
    assert window.model.rowCount() == 1


def test_a_safety_number_is_isolated_left_to_right_with_core_bidis_marks():
    from profileeditor.core import bidi

    assert ltr("12345 67890") == bidi.LRI + "12345 67890" + bidi.PDI
    grouped = group("1234567890")
    assert grouped[0] == bidi.LRI and grouped[-1] == bidi.PDI
    assert bidi.strip(grouped).replace(" ", "") == "1234567890"
