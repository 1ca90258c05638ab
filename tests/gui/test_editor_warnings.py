"""Issue 13 item 4 (the editor's part): a record that contradicts itself says so in the header,
in the interface language, as the user enters the contradiction."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from tests.gui.test_first_profile import User

from profileeditor.gui.editor import ProfileEditor


def field(root: QWidget, path: str) -> QWidget:
    return next(w for w in root.findChildren(QWidget) if w.property("fieldPath") == path)


def test_release_before_arrest_is_shown_in_the_header(qtbot, vault):
    repo = vault.repository
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    pid = repo.create_profile(
        {
            "name": {"en": "Test Person"},
            "status": "released",
            "detentions": [
                {"id": "0e9bb3f4-59a4-4ad2-9d0a-0a7f4c1fb001", "arrest_date": "2021-05-01"}
            ],
        }
    )
    editor.load(pid)
    label = editor.warnings_label
    # Released, but no release date: the header says why no days are counted.
    assert label.isVisible() and "no release date" in label.text()
    editor.tabs.setCurrentWidget(editor.detentions)
    user = User(qtbot)
    user.type(field(editor.detentions.episodes, "detentions.release_date"), "2020-01-01")
    editor.flush()
    assert "before the arrest date" in label.text()
    assert "no release date" not in label.text()
    user.type(field(editor.detentions.episodes, "detentions.release_date"), "2022-01-01")
    editor.flush()
    assert not label.isVisible()
