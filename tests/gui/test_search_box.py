"""Issue 13 item 11 through the search box: «وادي النطرون» finds «بوادي النطرون», and "shenawi"
finds "El-Shenawy"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from profileeditor.gui.models.profile_list import NAME


def _type(widget, text: str) -> None:
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _names(window) -> list[str]:
    model = window.model
    return [model.summary(row).name_en for row in range(model.rowCount())]


def test_search_box_finds_prefixed_and_transliterated_spellings(qtbot, window, vault):
    repo = vault.repository
    repo.create_profile(
        {
            "name": {"ar": "سعيد حسن", "en": "Said Hassan"},
            "bio": {"ar": "احتُجز بوادي النطرون منذ ٢٠٢٠"},
        }
    )
    repo.create_profile({"name": {"ar": "يوسف الشناوي", "en": "Youssef El-Shenawy"}})
    repo.create_profile({"name": {"ar": "منى علي", "en": "Mona Ali"}})
    window.open_vault(vault)
    box = window.filter_bar.search_edit
    _type(box, "وادي النطرون")
    window.filter_bar.flush()
    assert _names(window) == ["Said Hassan"]
    box.clear()
    _type(box, "shenawi")
    window.filter_bar.flush()
    assert _names(window) == ["Youssef El-Shenawy"]
    assert window.model.index(0, NAME).data().startswith("Youssef")
