"""A user's value inside a sentence of the interface — a contact's name, a vault's folder, a
value in the history, a parameter of core's messages — is isolated with its bidi controls
dropped (gui/messages.py quote/fill): a name holding U+202E (RIGHT-TO-LEFT OVERRIDE) turned the
rest of the dialog's message around, and a stray U+2069 closed the isolate it sat in."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from tests.conftest import PASSPHRASE

from profileeditor.core import bidi
from profileeditor.core.exchange import contacts
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.messages import Date, Term, message
from profileeditor.core.vault import Vault
from profileeditor.gui import i18n, messages
from profileeditor.gui.editor.history_view import HistoryView

RLO, LRO, PDF, PDI, RLM = "\u202e", "\u202d", "\u202c", "\u2069", "\u200f"
OVERRIDES = set("\u202a\u202b\u202c\u202d\u202e")
HOSTILE = f"Basma{RLO} (gpj.exe){PDI}{LRO}"


def _assert_safe(text: str, *, value: str = "Basma (gpj.exe)") -> None:
    """No override or embedding, isolates balanced (each opened one closed, none closed before
    it was opened), and the value's letters all there, in their order."""
    assert not set(text) & OVERRIDES, repr(text)
    depth = 0
    for ch in text:
        if ch in (bidi.LRI, bidi.RLI, bidi.FSI):
            depth += 1
        elif ch == PDI:
            depth -= 1
            assert depth >= 0, repr(text)
    assert depth == 0, repr(text)
    assert value in bidi.strip(text), repr(text)


@pytest.fixture
def other_vault(tmp_path):
    opened, _ = Vault.create(
        tmp_path / "b.pevault", "another passphrase", KdfParams.insecure_for_tests()
    )
    yield opened
    if not opened.is_locked:
        opened.lock()


def test_quote_and_fill():
    assert messages.quote(HOSTILE) == bidi.FSI + "Basma (gpj.exe)" + PDI
    assert messages.quote(f"{RLM}محمد") == bidi.FSI + "محمد" + PDI
    # One pass: a value holding "%2" is not taken for the next placeholder.
    assert bidi.strip(messages.fill("%1 → %2", "50%2", "x")) == "50%2 → x"
    assert messages.fill("%1 of %2", 3, 7) == "3 of 7"  # counts as their digits
    _assert_safe(messages.fill("Remove %1? Bundles signed by them are refused.", HOSTILE))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_core_messages_drop_the_controls_of_their_values(qapp, lang):
    if lang == "ar":
        i18n.install(qapp, "ar")
    try:
        for msg in (
            message("contact.name_taken", name=HOSTILE),
            message("contact.identity_known", name=HOSTILE),
        ):
            _assert_safe(messages.text(msg))
        _assert_safe(messages.error_text(ValueError(HOSTILE)))
        nested = message("contact.name_taken", name=[Term("nationality", HOSTILE)])
        _assert_safe(messages.text(nested))
        assert RLO not in messages.text(message("contact.name_taken", name=Date(f"20{RLO}19")))
    finally:
        i18n.install(qapp, "en")


def test_a_contacts_name_cannot_turn_the_question_around(
    qtbot, window, vault, other_vault, dialogs
):
    contacts.add(vault.repository, HOSTILE, own_keys(other_vault.repository).public)
    window.open_vault(vault)
    window.data_actions.contacts_action.trigger()
    controller = window.data_actions.controller
    controller.select(0)
    dialogs.confirmations += [False, False]
    assert not controller.verify_selected()
    assert not controller.remove_selected()
    assert len(dialogs.asked) == 2
    for question in dialogs.asked:
        _assert_safe(question)


def test_the_window_title_isolates_the_vaults_folder(qtbot, window, tmp_path, fast_kdf):
    folder = tmp_path / f"cases{RLO}fdp.pevault"
    vault, _ = Vault.create(folder, PASSPHRASE, KdfParams.insecure_for_tests())
    try:
        window.open_vault(vault)
        _assert_safe(window.windowTitle(), value="casesfdp.pevault")
    finally:
        if not vault.is_locked:
            vault.lock()


@dataclass
class Revision:
    field: str
    old: object
    new: object
    at: str = "2026-12-01T12:02:00Z"
    author: str = ""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_history_rows_isolate_each_value(qtbot, qapp, lang):
    if lang == "ar":
        i18n.install(qapp, "ar")
    try:
        view = HistoryView()
        qtbot.addWidget(view)
        revisions = [
            Revision("name.en", "Basma", HOSTILE, author=f"Nadia{RLO}"),
            Revision("name.ar", "محمد", "أحمد"),
        ]
        view.show_revisions(revisions, {"name": {"en": "x"}})
        newest, oldest = view.list.item(0).text(), view.list.item(1).text()
        _assert_safe(newest, value="أحمد")
        _assert_safe(oldest)
        assert RLO not in oldest and "Nadia" in oldest
        # Each side of the arrow is its own isolate: an Arabic value before "→" in an English
        # row is not drawn into the value after it.
        assert bidi.FSI + "محمد" + PDI in newest and bidi.FSI + "أحمد" + PDI in newest
    finally:
        i18n.install(qapp, "en")
