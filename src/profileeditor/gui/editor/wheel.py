"""The mouse wheel scrolls the form; it changes a choice, date or number only in the field that
has the keyboard focus.

Qt's combo boxes and spin boxes take the wheel even when the pointer merely passes over them
while the form scrolls: three ticks turned consent from Full to "—" and autosave kept it. The
guard gives such widgets ``Qt.StrongFocus`` (a wheel no longer focuses them) and passes a wheel
event over an unfocused one on to the scroll area beneath.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Event filter: a wheel over an unfocused guarded widget goes to its parents instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:
                # Handed to the form's scroll area, which scrolls. (Qt propagates an ignored
                # wheel to the parents only for events from the window system.)
                QApplication.sendEvent(area.viewport(), event)
            else:
                event.ignore()
            return True
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: WheelGuard | None = None


def guard(widget: QWidget) -> QWidget:
    """Make ``widget`` take the wheel only when it has the focus."""
    global _guard
    if _guard is None:
        _guard = WheelGuard()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)
    return widget


def guard_all(root: QWidget) -> None:
    """Guard every combo and spin box under ``root``."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, GUARDED):
            guard(widget)
