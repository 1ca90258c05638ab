"""Issue 13 item 8: renewal sessions as a researcher records them — a new session on the previous
one's next date, the next date computed from the renewal period, a renewal counted once its
decision says so, inline errors under the field, about three actions per session, and a quick
add from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from tests.gui.test_first_profile import User

from profileeditor.core.facts import compute
from profileeditor.gui.editor import ProfileEditor
from profileeditor.gui.models.profile_list import NAME


def field(root: QWidget, path: str) -> QWidget:
    return next(w for w in root.findChildren(QWidget) if w.property("fieldPath") == path)


def _editor_on_new_case(qtbot, repo):
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    pid = repo.create_profile({"name": {"en": "Test Person"}})
    editor.load(pid)
    editor.tabs.setCurrentWidget(editor.cases)
    editor.cases.cases.add_button.click()
    return editor, pid


def _case(repo, pid) -> dict:
    return repo.get_profile(pid)["cases"][0]


def test_three_renewals_in_three_actions_each(qtbot, vault):
    repo = vault.repository
    editor, pid = _editor_on_new_case(qtbot, repo)
    sessions = editor.cases.sessions
    user = User(qtbot)
    # The first session: its date, its decision, the length of the renewal.
    user.click(sessions.add_button)
    user.type(field(sessions, "cases.proceedings.date"), "2023-03-02")
    user.choose(field(sessions, "cases.proceedings.outcome"), "renewed")
    user.type(field(sessions, "cases.proceedings.renewal_days"), "15")
    editor.flush()
    first = _case(repo, pid)["proceedings"][0]
    assert first["next_date"] == "2023-03-17"  # computed from the renewal period
    assert first["type"] == "renewal"
    for expected_date, expected_next in (
        ("2023-03-17", "2023-04-01"),
        ("2023-04-01", "2023-04-16"),
    ):
        before = user.actions
        user.click(sessions.add_button)
        assert field(sessions, "cases.proceedings.date").text() == expected_date
        user.choose(field(sessions, "cases.proceedings.outcome"), "renewed")
        editor.flush()
        assert user.actions - before == 3
        stored = _case(repo, pid)["proceedings"][-1]
        assert stored["date"] == expected_date
        assert stored["renewal_days"] == 15
        assert stored["next_date"] == expected_next
    assert len(_case(repo, pid)["proceedings"]) == 3
    assert compute(repo.get_profile(pid)).renewals == 3


def test_a_session_is_a_renewal_only_once_decided(qtbot, vault):
    repo = vault.repository
    editor, pid = _editor_on_new_case(qtbot, repo)
    sessions = editor.cases.sessions
    sessions.add_button.click()
    assert compute(repo.get_profile(pid)).renewals == 0  # added, not yet decided
    outcome = field(sessions, "cases.proceedings.outcome")
    outcome.setCurrentIndex(outcome.findData("renewed"))
    outcome.activated.emit(outcome.currentIndex())
    assert compute(repo.get_profile(pid)).renewals == 1
    outcome.setCurrentIndex(outcome.findData("released"))
    outcome.activated.emit(outcome.currentIndex())
    assert compute(repo.get_profile(pid)).renewals == 0
    # One undo takes the whole decision back (type, outcome and next date together).
    editor.undo_stack().undo()
    assert compute(repo.get_profile(pid)).renewals == 1


def test_an_inline_error_does_not_squeeze_the_form(qtbot, vault):
    repo = vault.repository
    editor, _pid = _editor_on_new_case(qtbot, repo)
    sessions = editor.cases.sessions
    sessions.add_button.click()
    date_edit = field(sessions, "cases.proceedings.date")
    notes = field(sessions, "cases.proceedings.notes.en")
    width_before = notes.width()
    User(qtbot).type(date_edit, "2023-13")
    qtbot.wait(50)
    date_field = date_edit.parentWidget()
    message = date_field.message
    assert message.isVisible() and message.text()
    # Under the input, the full width of the row: not a sliver beside it.
    assert message.geometry().top() >= date_edit.geometry().bottom()
    assert message.width() >= date_edit.width()
    assert notes.width() == width_before


def test_quick_add_a_session_from_the_list(qtbot, window, demo_vault):
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_vault(demo_vault)
    repo = demo_vault.repository
    pid = next(
        p
        for p in repo.ids()
        if any(c.get("proceedings") for c in repo.get_profile(p).get("cases") or [])
    )
    window.table.setCurrentIndex(window.model.index(window.model.row_of(pid), NAME))
    window.table.setFocus()
    before = repo.get_profile(pid)
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = window.editor
    assert editor.tabs.currentWidget() is editor.cases
    shown_case = editor.cases.cases.current_item()
    old_case = next(c for c in before["cases"] if c["id"] == shown_case["id"])
    after_case = next(c for c in repo.get_profile(pid)["cases"] if c["id"] == shown_case["id"])
    assert len(after_case["proceedings"]) == len(old_case.get("proceedings") or []) + 1
    previous = (old_case.get("proceedings") or [{}])[-1]
    if previous.get("next_date"):
        assert after_case["proceedings"][-1]["date"] == previous["next_date"]
