"""Direction controls typed or pasted into the editor's text fields (a U+202E in a name turns
everything after it around: the rest of the field, and the fields and sentences the name is
drawn into) are taken out at once, with a note under the field; the value saved is the one
shown. Exports drop them too (core/levels.redact), but the vault no longer keeps them from the
editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from tests.gui.test_editor_i18n import make_editor, salma
from tests.gui.test_first_profile import User, field

from profileeditor.gui import i18n

RLO, PDF, LRI, PDI, RLM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200f"


def _note(edit):
    return edit.parentWidget().controls_note


@pytest.fixture
def language(qapp):
    old = QLocale()
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_override_typed_into_a_name_is_taken_out_and_said(qtbot, demo_vault, language, lang):
    language(lang)
    repo = demo_vault.repository
    editor = make_editor(qtbot, repo)
    editor.show()
    name = field(editor.identity, "name.en")
    assert isinstance(name, QLineEdit)
    note = _note(name)
    assert note.isHidden()
    User(qtbot).type(name, f"Salma{RLO} gpj.exe")
    assert name.text() == "Salma gpj.exe" and name.cursorPosition() == len("Salma gpj.exe")
    assert not note.isHidden() and note.text()
    if lang == "ar":
        assert not any("a" <= c.lower() <= "z" for c in note.text()), note.text()
    editor.flush()
    assert repo.get_profile(salma(repo))["name"]["en"] == "Salma gpj.exe"
    assert not note.isHidden()  # still said after the save showed the value again
    # A right-to-left mark is a letter's direction, not a span's: kept, as the exports keep it.
    arabic = field(editor.identity, "name.ar")
    User(qtbot).type(arabic, f"سلمى{RLM}")
    assert arabic.text() == f"سلمى{RLM}" and _note(arabic).isHidden()


def test_a_pasted_biography_loses_its_controls(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = make_editor(qtbot, repo)
    editor.show()
    bio = field(editor.biography, "bio.en")
    assert isinstance(bio, QPlainTextEdit)
    bio.setFocus()
    bio.selectAll()
    QApplication.clipboard().setText(f"Held {LRI}since 2019{PDI}{RLO} in Tora{PDF}.")
    bio.paste()
    assert bio.toPlainText() == "Held since 2019 in Tora."
    assert bio.textCursor().position() == len("Held since 2019 in Tora.")
    assert not _note(bio).isHidden()
    editor.flush()
    assert repo.get_profile(salma(repo))["bio"]["en"] == "Held since 2019 in Tora."


def test_the_note_goes_with_another_profile(qtbot, demo_vault):
    repo = demo_vault.repository
    other = next(i for i in repo.ids() if i != salma(repo))
    editor = make_editor(qtbot, repo)
    editor.show()
    name = field(editor.identity, "name.en")
    User(qtbot).type(name, f"A{RLO}B")
    assert not _note(name).isHidden()
    editor.flush()
    editor.load(other)
    assert _note(name).isHidden()


def test_a_place_typed_with_an_override(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = make_editor(qtbot, repo)
    editor.show()
    place = field(editor.identity, "governorate.en")
    User(qtbot).type(place, f"Giza{RLO}")
    assert place.text() == "Giza"
    assert not place.parentWidget().parentWidget().controls_note.isHidden()
