"""Issue 13 item 9: governorates and facilities come from lists with Arabic and English names —
typed with completion, the other language filled in — and free text is still allowed."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from tests.gui.test_first_profile import User

from profileeditor.core import places
from profileeditor.gui.editor import ProfileEditor
from profileeditor.gui.editor.places import PlaceSide

ARABIC = re.compile("[\u0600-\u06ff]")


def test_the_lists_hold_the_governorates_and_the_main_prisons():
    governorates = places.places("governorates")
    assert len(governorates) == 27
    for kind in places.KINDS:
        for lang in ("ar", "en"):
            names = places.names(kind, lang)
            assert len(set(names)) == len(names), (kind, lang)
        assert all(
            ARABIC.search(p["ar"]) and not ARABIC.search(p["en"]) for p in places.places(kind)
        )
    english = " ".join(places.names("facilities", "en"))
    for known in ("Tora", "Wadi El-Natrun", "Badr", "Borg El-Arab", "Qanater", "10th of Ramadan"):
        assert known in english
    for known in ("Gamasa", "Minya", "Scorpion"):
        assert known in english
    in_list = set(places.names("governorates", "en"))
    assert all(f["governorate"] in in_list for f in places.places("facilities"))
    # Found in either language and whatever the spelling of ة/ه or the digits.
    assert places.find("facilities", "سجن بدر 1")["en"] == "Badr 1 Prison"
    assert places.find("governorates", "giza")["ar"] == "الجيزة"
    assert places.find("facilities", "a police station nobody listed") is None


def field(root: QWidget, path: str) -> QWidget:
    return next(w for w in root.findChildren(QWidget) if w.property("fieldPath") == path)


def side_of(edit) -> PlaceSide:
    widget = edit.parentWidget()
    while not isinstance(widget, PlaceSide):
        widget = widget.parentWidget()
    return widget


def complete(qtbot, user: User, edit, typed: str, wanted: str) -> list[str]:
    """Type part of a name, see what the completion offers, pick ``wanted`` from it."""
    # Typing, the cursor staying in the field (the completion opens while typing).
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    edit.selectAll()
    for char in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(edit, event)
    user.actions += 2
    completer = side_of(edit).completer
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    model = popup.model()
    offered = [model.index(row, 0).data() for row in range(model.rowCount())]
    row = offered.index(wanted)
    popup.setCurrentIndex(model.index(row, 0))
    user.actions += 1
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            popup, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )
    return offered


def salma(repo) -> str:
    return next(
        p["id"]
        for p in repo.iter_profiles(repo.ids(), with_data=False)
        if p["name"]["en"].startswith("Salma")
    )


def test_governorate_and_facility_are_completed_and_the_other_language_filled(qtbot, demo_vault):
    repo = demo_vault.repository
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(1100, 800)
    editor.show()
    editor.load(salma(repo))
    pid = editor.current_id()
    user = User(qtbot)

    english = field(editor.identity, "governorate.en")
    offered = complete(qtbot, user, english, "alex", "Alexandria")
    assert offered == ["Alexandria"]
    editor.flush()
    assert repo.get_profile(pid)["governorate"] == {"ar": "الإسكندرية", "en": "Alexandria"}
    assert field(editor.identity, "governorate.ar").text() == "الإسكندرية"

    # Free text is kept as typed, and a typed name on the other side is never replaced.
    user.type(field(editor.identity, "governorate.ar"), "كفر صقر")
    editor.flush()
    assert repo.get_profile(pid)["governorate"] == {"ar": "كفر صقر", "en": "Alexandria"}
    user.type(english, "Kafr Saqr")
    user.type(field(editor.identity, "governorate.ar"), "الشرقية")
    editor.flush()
    assert repo.get_profile(pid)["governorate"] == {"ar": "الشرقية", "en": "Kafr Saqr"}

    # A facility, from its Arabic name typed without the prefix it starts with.
    user.tab(editor.tabs, editor.detentions)
    facilities = editor.detentions.facilities
    user.click(facilities.add_button)
    arabic = field(facilities, "detentions.facilities.name.ar")
    offered = complete(qtbot, user, arabic, "النطرون", "سجن وادي النطرون")
    assert "مركز الإصلاح والتأهيل بوادي النطرون" in offered
    editor.flush()
    episode = repo.get_profile(pid)["detentions"][-1]
    assert episode["facilities"][-1]["name"] == {
        "ar": "سجن وادي النطرون",
        "en": "Wadi El-Natrun Prison",
    }
