"""Issue 13 item 4 (the list's part): a record that contradicts itself is marked in the list, the
mark's tooltip says why in the interface language, and "Needs attention" in the filter bar finds
exactly those records; correcting the record in the editor clears its mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from tests.gui.test_first_profile import User

from profileeditor.core import wording
from profileeditor.core.facts import compute
from profileeditor.gui import i18n
from profileeditor.gui.models import profile_list as cols

BORN_LATER = "00000000-0000-4000-8000-0000000000b1"
RELEASED = "00000000-0000-4000-8000-0000000000b2"


@pytest.fixture
def language(qapp):
    old_locale = QLocale()
    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")
    QLocale.setDefault(old_locale)


def _contradictions(repo) -> None:
    repo.create_profile(
        {
            "id": BORN_LATER,
            "name": {"en": "Karim Adel", "ar": "كريم عادل"},
            "birth_date": "2021-02-01",
            "status": "detained",
            "detentions": [{"id": "d-b1", "arrest_date": "2020-11-03"}],
        }
    )
    repo.create_profile(
        {
            "id": RELEASED,
            "name": {"en": "Mona Fathy", "ar": "منى فتحي"},
            "status": "released",
            "detentions": [{"id": "d-b2", "arrest_date": "2019-09-29"}],
        }
    )


def _window(qtbot, app_settings, fast_kdf, vault, lang, language):
    from profileeditor.gui.main_window import MainWindow

    language(lang)
    app_settings.language = lang
    window = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_vault(vault)
    QApplication.processEvents()
    return window


def _marks(window) -> dict[str, str]:
    """Profile id → the attention column's tooltip, for the rows that carry the mark."""
    model = window.model
    out = {}
    for row in range(model.rowCount()):
        index = model.index(row, cols.ATTENTION)
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            out[index.data(cols.ID_ROLE)] = index.data(Qt.ItemDataRole.ToolTipRole)
    return out


def _expected(repo, lang: str) -> dict[str, str]:
    """What core/facts.py says of every stored record (three of the fictional samples date
    renewal sessions before the arrest: they are marked too)."""
    out = {}
    for profile in repo.iter_profiles(repo.ids(), with_data=False):
        warnings = compute(profile).warnings
        if warnings:
            out[profile["id"]] = "\n".join(wording.warning(w, lang) for w in warnings)
    return out


def field(root: QWidget, path: str) -> QWidget:
    return next(w for w in root.findChildren(QWidget) if w.property("fieldPath") == path)


def test_list_marks_contradictions_and_the_filter_finds_them(
    qtbot, app_settings, dialogs, fast_kdf, demo_vault, language
):
    repo = demo_vault.repository
    _contradictions(repo)
    window = _window(qtbot, app_settings, fast_kdf, demo_vault, "en", language)
    header = window.table.horizontalHeader()
    assert not header.isSectionHidden(cols.ATTENTION)
    assert header.visualIndex(cols.ATTENTION) == header.visualIndex(cols.NAME) + 1
    marks = _marks(window)
    assert marks == _expected(repo, "en")
    assert marks[BORN_LATER] == wording.warning("born_after_arrest", "en")
    assert marks[RELEASED] == wording.warning("released_without_release_date", "en")
    assert len(marks) < window.model.total  # the consistent records carry no mark

    everyone = window.model.total
    qtbot.mouseClick(window.filter_bar.attention_button, Qt.MouseButton.LeftButton)
    assert window.model.total == len(marks)
    assert {window.model.summary(r).id for r in range(window.model.rowCount())} == set(marks)

    # Correct the birth date in the editor: the mark and the filter follow the saved record.
    window.select_profile(BORN_LATER)
    qtbot.waitUntil(lambda: window.editor.current_id() == BORN_LATER)
    User(qtbot).type(field(window.editor, "birth_date"), "1990-02-01")
    window.editor.flush()
    qtbot.waitUntil(lambda: window.model.total == len(marks) - 1)
    assert BORN_LATER not in _marks(window) and RELEASED in _marks(window)
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert not window.filter_bar.attention_button.isChecked()
    assert window.model.total == everyone


def test_the_mark_and_the_filter_speak_arabic(
    qtbot, app_settings, dialogs, fast_kdf, demo_vault, language
):
    _contradictions(demo_vault.repository)
    window = _window(qtbot, app_settings, fast_kdf, demo_vault, "ar", language)
    marks = _marks(window)
    assert marks == _expected(demo_vault.repository, "ar")
    assert marks[BORN_LATER] == wording.warning("born_after_arrest", "ar")
    button = window.filter_bar.attention_button
    assert button.text() == "تحتاج إلى مراجعة"
    header = window.model.headerData(cols.ATTENTION, Qt.Orientation.Horizontal, Qt.ToolTipRole)
    assert header == "تحتاج إلى مراجعة"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.model.total == len(marks)
