"""Issue 13 item 6: the History tab reads as sentences in the interface language — field labels
from the catalogue, vocabulary and choice labels, dates in words, local time — and a value can be
put back from it, saved through the editor's normal path and recorded in the history itself."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from tests.gui.test_first_profile import User

from profileeditor.core import wording
from profileeditor.core.repository import SETTING_AUTHOR
from profileeditor.gui import i18n
from profileeditor.gui.editor import ProfileEditor


@pytest.fixture
def language(qapp):
    old_locale = QLocale()
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")
    QLocale.setDefault(old_locale)


def salma(repo) -> str:
    return next(
        p["id"]
        for p in repo.iter_profiles(repo.ids(), with_data=False)
        if p["name"]["en"].startswith("Salma")
    )


def field(root: QWidget, path: str) -> QWidget:
    return next(w for w in root.findChildren(QWidget) if w.property("fieldPath") == path)


def local_words(at: str, lang: str) -> str:
    moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone()
    return f"{wording.date_text(moment.date(), lang)} {moment:%H:%M}"


def _editor(qtbot, repo) -> ProfileEditor:
    repo.set_setting(SETTING_AUTHOR, "Nadia")
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    editor.load(salma(repo))
    return editor


def test_history_reads_as_sentences_and_a_value_can_be_restored(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = _editor(qtbot, repo)
    pid = editor.current_id()
    user = User(qtbot)
    consent = field(editor.identity, "consent.level")
    assert isinstance(consent, QComboBox)
    user.choose(consent, "partial")
    user.choose(field(editor.identity, "status"), "released")
    user.type(field(editor.identity, "birth_date"), "1996-03-04")
    editor.flush()
    user.tab(editor.tabs, editor.history)
    history = editor.history
    stored = {r.field: r for r in repo.history(pid)}
    sentences = [history.text(row) for row in range(history.count())]
    when = local_words(stored["consent.level"].at, "en")
    assert f"Consent to publish: Full consent → Partial consent, {when}, by Nadia" in sentences
    assert f"Status: In detention → Released, {when}, by Nadia" in sentences
    born = [s for s in sentences if s.startswith("Date of birth: ")]
    assert born and born[0].endswith(f"→ 4 March 1996, {when}, by Nadia"), born
    # No field path, code or UTC stamp anywhere.
    for text in sentences:
        assert "consent.level" not in text and "birth_date" not in text and "Z," not in text
        assert " released" not in text and "partial" not in text

    # Put the consent back: the stored profile, the form and the history all show it.
    row = sentences.index(f"Consent to publish: Full consent → Partial consent, {when}, by Nadia")
    history.list.setCurrentRow(row)
    assert history.restore_button.isEnabled()
    assert "Full consent" in history.restore_button.toolTip()
    before = len(repo.history(pid))
    user.click(history.restore_button)
    assert repo.get_profile(pid)["consent"]["level"] == "full"
    assert consent.currentData() == "full"
    assert len(repo.history(pid)) == before + 1
    newest = repo.history(pid)[-1]
    assert (newest.field, newest.old, newest.new) == ("consent.level", "partial", "full")
    assert history.text(0).startswith("Consent to publish: Partial consent → Full consent, ")
    assert editor.undo_button.isEnabled()  # one undoable edit like any other


def test_a_refused_save_restores_nothing(qtbot, demo_vault):
    """The restore goes through the revision-checked save: a profile changed elsewhere since it
    was read is not overwritten."""
    repo = demo_vault.repository
    editor = _editor(qtbot, repo)
    pid = editor.current_id()
    User(qtbot).choose(field(editor.identity, "consent.level"), "partial")
    editor.flush()
    history = editor.history
    editor.tabs.setCurrentWidget(history)  # filled when shown
    history.list.setCurrentRow(0)
    # Someone else saves the profile (the editor alone hears no change hub: as if another
    # program had written it).
    elsewhere = repo.get_profile(pid)
    elsewhere["consent"]["level"] = "none"
    repo.update_profile(elsewhere)
    history.restore_button.click()
    assert repo.get_profile(pid)["consent"]["level"] == "none"
    assert "changed elsewhere" in editor.status.text()


def test_history_in_arabic(qtbot, demo_vault, language):
    language("ar")
    repo = demo_vault.repository
    editor = _editor(qtbot, repo)
    pid = editor.current_id()
    User(qtbot).choose(field(editor.identity, "status"), "released")
    editor.flush()
    editor.tabs.setCurrentWidget(editor.history)  # filled when shown
    at = repo.history(pid)[-1].at
    text = editor.history.text(0)
    assert text == f"الوضع الحالي: رهن الاحتجاز ← مُفرج عنه، {local_words(at, 'ar')}، بواسطة Nadia"
    assert editor.history.restore_button.text() == "استعادة هذه القيمة"
    assert editor.history.layoutDirection() == Qt.LayoutDirection.RightToLeft
