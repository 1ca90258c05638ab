"""The Settings dialog's lines drawn on the exports (the campaign line, the organisation, its
contact) take at most export/content.MAX_SETTING_CHARS characters and say so under the field at
the limit: a longer campaign line was taken, stored, and then cut silently at export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit

from profileeditor.export.content import MAX_SETTING_CHARS, SETTING_CONTACT
from profileeditor.export.dispatch import SETTING_CAMPAIGN_LINE, vault_campaign_line
from profileeditor.gui import i18n
from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
from profileeditor.gui.settings import AppSettings

NAMES = (
    "campaignLineArEdit",
    "campaignLineEnEdit",
    "organisationArEdit",
    "organisationEnEdit",
    "contactEdit",
)


def _dialog(qtbot, repo, tmp_path) -> SettingsDialog:
    dialog = SettingsDialog(AppSettings(tmp_path / "s.ini"), repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_export_line_is_limited_with_a_note(qtbot, vault, tmp_path):
    dialog = _dialog(qtbot, vault.repository, tmp_path)
    for name in NAMES:
        edit = dialog.findChild(QLineEdit, name)
        assert edit.maxLength() == MAX_SETTING_CHARS, name
        note = edit.limit_note
        assert not note.isVisible() and str(MAX_SETTING_CHARS) in note.text()


def test_typing_past_the_limit_is_refused_and_said(qtbot, vault, tmp_path):
    repo = vault.repository
    dialog = _dialog(qtbot, repo, tmp_path)
    edit = dialog.campaign_line.edits["en"]
    edit.setText("free them " * 49 + "fre")  # 493 characters
    assert not edit.limit_note.isVisible()
    qtbot.keyClicks(edit, "e all of them")  # 13 more: 7 are taken
    assert len(edit.text()) == MAX_SETTING_CHARS
    assert edit.limit_note.isVisible()
    edit.selectAll()
    edit.insert("x" * 2000)  # a paste: cut at the limit, and said
    assert edit.text() == "x" * MAX_SETTING_CHARS and edit.limit_note.isVisible()
    edit.backspace()
    assert not edit.limit_note.isVisible()
    edit.insert("y")
    dialog.accept()
    stored = repo.get_setting(SETTING_CAMPAIGN_LINE)["en"]
    assert len(stored) == MAX_SETTING_CHARS
    assert vault_campaign_line(repo)["en"] == stored  # the export shows all of it


def test_a_longer_stored_line_shows_the_note(qtbot, vault, tmp_path):
    repo = vault.repository
    repo.set_setting(SETTING_CAMPAIGN_LINE, {"ar": "الحرية " * 100})
    repo.set_setting(SETTING_CONTACT, "c" * 700)
    dialog = _dialog(qtbot, repo, tmp_path)
    assert dialog.campaign_line.edits["ar"].limit_note.isVisible()
    assert dialog.contact_edit.limit_note.isVisible()
    assert not dialog.campaign_line.edits["en"].limit_note.isVisible()


@pytest.fixture
def arabic(qapp):
    old = QLocale()
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def test_the_note_in_arabic(qtbot, vault, tmp_path, arabic):
    dialog = _dialog(qtbot, vault.repository, tmp_path)
    edit = dialog.campaign_line.edits["ar"]
    edit.setText("ح" * 600)
    note = edit.limit_note
    assert note.isVisible() and "500" in note.text()
    assert not any("a" <= c.lower() <= "z" for c in note.text()), note.text()
