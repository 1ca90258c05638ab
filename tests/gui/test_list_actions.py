"""Issue 13 item 10: "Clear filters" clears the search too; moving a profile to the trash offers
Undo; the trash shows the profile selected as a preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from profileeditor.gui.models.profile_list import NAME


def _open(qtbot, window, vault):
    window.resize(1280, 800)
    window.show()
    window.open_vault(vault)
    return window


def test_clear_filters_clears_the_search(qtbot, window, demo_vault):
    _open(qtbot, window, demo_vault)
    everyone = demo_vault.repository.count()
    bar = window.filter_bar
    qtbot.keyClicks(bar.search_edit, "Salma")
    bar.flush()
    bar.select(bar.status_combo, "detained")
    assert window.model.total == 1
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert bar.search_edit.text() == ""
    assert window.model.total == everyone


def test_delete_offers_undo(qtbot, window, demo_vault):
    _open(qtbot, window, demo_vault)
    repo = demo_vault.repository
    window.table.setCurrentIndex(window.model.index(0, NAME))
    victim = window.selected_id()
    window.delete_action.trigger()
    assert victim not in repo.ids()
    assert window.undo_delete_button.isVisible()
    qtbot.mouseClick(window.undo_delete_button, Qt.MouseButton.LeftButton)
    assert victim in repo.ids()
    assert window.selected_id() == victim
    assert not window.undo_delete_button.isVisible()


def test_trash_shows_a_preview(qtbot, window, demo_vault):
    _open(qtbot, window, demo_vault)
    repo = demo_vault.repository
    window.table.setCurrentIndex(window.model.index(0, NAME))
    victim = window.selected_id()
    name = repo.get_profile(victim, with_data=False)["name"]["en"]
    window.delete_action.trigger()
    window.trash_action.trigger()
    assert window.model.total == 1
    window.table.setCurrentIndex(window.model.index(0, NAME))
    editor = window.editor
    assert editor.current_id() == victim
    shown = editor.findChild(QLineEdit, "name.en")
    assert shown.text() == name and shown.isVisible()
    assert not editor.isEnabled()  # a preview: nothing in the trash is edited
