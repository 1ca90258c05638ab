"""Issue 13 item 1: the mouse wheel over a choice while scrolling the form scrolls the form and
leaves the value alone; only a focused field takes the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

from profileeditor.gui.editor import ProfileEditor


def _field(editor, path: str) -> QWidget:
    return next(w for w in editor.findChildren(QWidget) if w.property("fieldPath") == path)


def _wheel(widget: QWidget, ticks: int = -1) -> None:
    """One wheel tick delivered where the pointer is, as the window system does."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(),
        QPoint(0, 120 * ticks),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _scroll_area(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _with_consent(repo, level: str) -> str:
    for pid in repo.ids():
        profile = repo.get_profile(pid, with_data=False)
        if (profile.get("consent") or {}).get("level") == level and profile.get("nationality"):
            return pid
    raise AssertionError("no sample profile with that consent")


def test_wheel_over_unfocused_combos_scrolls_the_form_and_changes_nothing(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(700, 500)  # short: the Identity form must scroll
    editor.show()
    pid = _with_consent(repo, "full")
    editor.load(pid)
    before = repo.get_profile(pid, with_data=False)
    consent = _field(editor, "consent.level")
    nationality = _field(editor, "nationality")
    assert isinstance(consent, QComboBox) and isinstance(nationality, QComboBox)
    area = _scroll_area(consent)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the form should be taller than the window"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.identity.form.fields[0].sides["en"].edit.setFocus()  # the focus is elsewhere
    assert not consent.hasFocus()
    shown = (consent.currentText(), nationality.currentText())
    for _tick in range(3):
        _wheel(nationality)
        _wheel(consent)
    assert (consent.currentText(), nationality.currentText()) == shown
    after = repo.get_profile(pid, with_data=False)
    assert after["consent"] == before["consent"]
    assert after["nationality"] == before["nationality"]
    assert bar.value() > 0, "the wheel should have scrolled the form"


def test_wheel_changes_a_focused_combo(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    pid = _with_consent(repo, "full")
    editor.load(pid)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    consent = _field(editor, "consent.level")
    # Clicking (or tabbing into) the field gives it the focus; then the wheel is meant for it.
    consent.setFocus(Qt.FocusReason.MouseFocusReason)
    assert consent.hasFocus()
    assert consent.focusPolicy() == Qt.FocusPolicy.StrongFocus
    index = consent.currentIndex()
    _wheel(consent, -1)
    assert consent.currentIndex() != index
