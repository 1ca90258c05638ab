"""The History tab (review fixes): read only when it is shown, not at every save; digits as the
interface writes them (i18n.arabic_digits); a long value cut short in the row and whole in its
tooltip; the labels of the fixed choices made once, not per value. Real vault, real editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from tests.gui.test_first_profile import User
from tests.gui.test_history_sentences import _editor, field

from profileeditor.core import wording
from profileeditor.gui import i18n
from profileeditor.gui.editor import history_view
from profileeditor.gui.editor.history_view import HistoryView

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


@pytest.fixture
def language(qapp):
    old_locale = QLocale()
    yield lambda lang, digits=False: (i18n.install(qapp, lang), i18n.apply_digits(lang, digits))
    i18n.install(qapp, "en")
    QLocale.setDefault(old_locale)


def _count_history_reads(repo, monkeypatch) -> list[str]:
    reads: list[str] = []
    read = repo.history

    def counted(profile_id):
        reads.append(profile_id)
        return read(profile_id)

    monkeypatch.setattr(repo, "history", counted)
    return reads


def test_the_history_is_read_when_its_tab_is_shown_not_at_every_save(
    qtbot, demo_vault, monkeypatch
):
    repo = demo_vault.repository
    editor = _editor(qtbot, repo)
    reads = _count_history_reads(repo, monkeypatch)
    user = User(qtbot)
    occupation = field(editor.identity, "occupation.en")
    for word in ("Teacher", "Engineer", "Lawyer"):
        user.type(occupation, word)
        editor.flush()
    assert repo.get_profile(editor.current_id())["occupation"]["en"] == "Lawyer"
    assert reads == []  # three saves, the History tab never shown: never read
    assert editor.history.count() == 0

    user.tab(editor.tabs, editor.history)
    assert len(reads) == 1
    assert editor.history.text(0).startswith("Occupation (English): Engineer → Lawyer, ")
    # Shown again without a change in between: not read again.
    user.tab(editor.tabs, editor.identity)
    user.tab(editor.tabs, editor.history)
    assert len(reads) == 1

    # A change made elsewhere while another tab is shown: read when the tab comes back.
    user.tab(editor.tabs, editor.identity)
    user.type(occupation, "Judge")
    editor.flush()
    assert len(reads) == 1
    user.tab(editor.tabs, editor.history)
    assert len(reads) == 2
    assert editor.history.text(0).startswith("Occupation (English): Lawyer → Judge, ")


def test_the_history_writes_digits_as_the_interface_does(qtbot, demo_vault, language):
    """The vault's own setting is off; the interface asks for Arabic-Indic digits (what
    i18n.apply_digits set when the vault opened, or the settings dialog changed it)."""
    language("ar", True)
    repo = demo_vault.repository
    assert not repo.get_setting(wording.SETTING_ARABIC_DIGITS, False)
    editor = _editor(qtbot, repo)
    User(qtbot).choose(field(editor.identity, "status"), "released")
    editor.flush()
    editor.tabs.setCurrentWidget(editor.history)
    text = editor.history.text(0)
    assert any(c in ARABIC_INDIC for c in text), text
    assert not any(c in "0123456789" for c in text), text

    language("ar", False)
    editor.history.show_revisions(repo.history(editor.current_id()), {})
    text = editor.history.text(0)
    assert any(c in "0123456789" for c in text) and not any(c in ARABIC_INDIC for c in text)


def test_a_long_value_is_cut_in_the_row_and_whole_in_its_tooltip(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = _editor(qtbot, repo)
    long_bio = " ".join(f"word{n} <b>&amp;" for n in range(120)) + " THE-END"
    user = User(qtbot)
    user.tab(editor.tabs, editor.biography)
    bio = field(editor.biography, "bio.en")
    bio.setFocus()
    bio.setPlainText(long_bio)
    editor.flush()
    assert repo.get_profile(editor.current_id())["bio"]["en"] == long_bio
    user.tab(editor.tabs, editor.history)
    row = editor.history.list.item(0)
    assert "THE-END" not in row.text() and "…" in row.text()
    tip = QTextDocument()
    tip.setHtml(row.toolTip())
    assert long_bio in tip.toPlainText()  # whole, and its markup-like text shown as typed


def test_the_choice_labels_are_made_once_not_per_value(qtbot, demo_vault, monkeypatch):
    """Every value of a fixed choice (sex, consent, reliability…) looked its label up in a
    table built anew for it; now the table is built once per language (its labels are
    core/vocab.py's)."""
    partial_lookups: list[str] = []
    label = history_view.vocab.label

    def counted_label(list_name, code, *args, **kwargs):
        if (list_name, code) == ("consent_level", "partial"):
            partial_lookups.append(code)
        return label(list_name, code, *args, **kwargs)

    monkeypatch.setattr(history_view.vocab, "label", counted_label)
    view = HistoryView()
    qtbot.addWidget(view)
    texts = [view.value_text("consent.level", code, "en") for code in ("full", "none") * 50]
    assert texts[:2] == ["Full consent", "No consent"]
    assert len(partial_lookups) == 1
    assert (
        view.value_text("consent.level", "full", "ar") == "Full consent"
    )  # another language: built
    assert len(partial_lookups) == 2


def test_the_duplicates_view_shows_choices_and_countries_by_name(language):
    """The side-by-side view of two profiles showed "female" and "EG" in Arabic."""
    from profileeditor.gui.models.data_tables import show_field_value

    language("ar")
    assert show_field_value("sex", "female") == "أنثى"
    assert show_field_value("nationality", "EG") == "مصر"
    assert show_field_value("consent.level", "full") not in ("full", "")
    language("en")
    assert show_field_value("sex", "female") == "Female"
    assert show_field_value("nationality", "EG") == "Egypt"
