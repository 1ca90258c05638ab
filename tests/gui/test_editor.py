"""The profile editor widget: schema coverage, autosave, undo, photo, sub-records, levels, clear."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from profileeditor.core.schema_doc import field_paths
from profileeditor.gui import dialog_service
from profileeditor.gui.editor import ProfileEditor
from profileeditor.gui.editor.fields import FieldWidget

NEW_NAME = "Salma A. Mansour"


@pytest.fixture
def repo(demo_vault):
    return demo_vault.repository


@pytest.fixture
def editor(qtbot, repo):
    widget = ProfileEditor(repo)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    return widget


def first_id(repo) -> str:
    return sorted(repo.ids())[0] if hasattr(repo, "ids") else None


def salma(repo) -> str:
    for profile in repo.iter_profiles(repo.ids(), with_data=False):
        if (profile.get("name") or {}).get("en", "").startswith("Salma"):
            return profile["id"]
    raise AssertionError("sample profile missing")


def field(editor, path: str) -> QWidget:
    found = [w for w in editor.findChildren(QWidget) if w.property("fieldPath") == path]
    assert found, path
    return found[0]


def key_text(widget, text: str) -> None:
    """Type ``text`` key by key, as an input method delivers it (QTest.keyClicks aborts on
    characters outside Latin-1, such as Arabic letters)."""
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))


def type_into(qtbot, widget, text: str) -> None:
    """Replace the text as a user would (select all, type), then leave the field."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        key_text(widget, text) if text else qtbot.keyClick(widget, Qt.Key_Delete)
        widget.editingFinished.emit()
    else:
        widget.selectAll()
        key_text(widget, text)


def test_every_schema_field_has_an_editor_widget(editor):
    named = {w.property("fieldPath") for w in editor.findChildren(QWidget)} - {None}
    missing = [path for path in field_paths() if path not in named]
    assert not missing, f"fields without an editor widget: {missing}"


def test_edit_name_saves_and_undo_redo_restore(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    old = repo.get_profile(pid)["name"]["en"]
    with qtbot.waitSignal(editor.profileChanged, timeout=3000):
        type_into(qtbot, field(editor, "name.en"), NEW_NAME)
    assert repo.get_profile(pid)["name"]["en"] == NEW_NAME
    assert any(r.field == "name.en" and r.new == NEW_NAME for r in repo.history(pid))

    editor.undo_stack().undo()
    assert repo.get_profile(pid)["name"]["en"] == old
    assert field(editor, "name.en").text() == old
    editor.undo_stack().redo()
    assert repo.get_profile(pid)["name"]["en"] == NEW_NAME
    assert field(editor, "name.en").text() == NEW_NAME


def test_debounced_typing_saves_after_a_pause(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    occupation = field(editor, "occupation.en")
    occupation.setFocus()
    qtbot.keyClicks(occupation, "Editor")
    assert repo.get_profile(pid)["occupation"].get("en", "") == ""  # not yet: still typing
    qtbot.waitUntil(lambda: repo.get_profile(pid)["occupation"].get("en") == "Editor", timeout=3000)


def test_switching_profiles_flushes_pending_typing(qtbot, editor, repo):
    ids = repo.ids()
    editor.load(ids[0])
    affiliation = field(editor, "affiliation.en")
    affiliation.end(False)  # the cursor after the text (a value is shown from its start)
    qtbot.keyClicks(affiliation, " X")
    editor.load(ids[1])  # at once, before the pause has passed
    assert repo.get_profile(ids[0])["affiliation"]["en"].endswith(" X")


def test_arabic_typing_in_bio(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    bio = field(editor, "bio.ar")
    assert bio.layoutDirection() == Qt.RightToLeft
    assert field(editor, "bio.en").layoutDirection() == Qt.LeftToRight
    bio.setFocus()
    bio.selectAll()
    key_text(bio, "صحفية من الجيزة، 1991")
    editor.flush()
    assert repo.get_profile(pid)["bio"]["ar"] == "صحفية من الجيزة، 1991"


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (30.0, 2.0, 40.0)
    gps[3] = "E"
    gps[4] = (31.0, 14.0, 9.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    data = out.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)
    return data


class ScriptedDialogs(dialog_service.DialogService):
    def __init__(self, path):
        self.path = path

    def open_file(self, parent, title, file_filter="", start=""):
        return str(self.path)

    def save_file(self, parent, title, file_filter="", start=""):
        return str(self.path)


def test_photo_from_jpeg_with_gps_is_stored_without_metadata(qtbot, editor, repo, tmp_path):
    pid = salma(repo)
    editor.load(pid)
    source = tmp_path / "arrest.jpg"
    source.write_bytes(_jpeg_with_gps())
    previous = dialog_service.set_service(ScriptedDialogs(source))
    try:
        with qtbot.waitSignal(editor.photoReplaced, timeout=3000):
            editor.identity.photo.choose_button.click()
    finally:
        dialog_service.set_service(previous)
    stored = repo.get_profile(pid)
    photo = next(a for a in stored["attachments"] if a["id"] == stored["photo"])
    assert photo["kind"] == "photo" and photo["level"] == "public"
    data = base64.b64decode(photo["data"])
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif()
        assert "exif" not in image.info
    assert b"PhoneMaker" not in data
    assert repo.photo(pid) == data
    report = editor.identity.photo.report.text()
    assert "GPS" in report
    assert not editor.identity.photo.preview.pixmap().isNull()
    # Undo brings the previous photo back.
    old_photo = stored["photo"]
    editor.undo_stack().undo()
    assert repo.get_profile(pid)["photo"] != old_photo


def test_case_with_three_renewal_sessions(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    editor.tabs.setCurrentWidget(editor.cases)
    cases = editor.cases
    cases.cases.add_button.click()
    type_into(qtbot, field(cases, "cases.number"), "441")
    type_into(qtbot, field(cases, "cases.year"), "٢٠٢٣")
    for day in ("2023-03-01", "2023-03-16", "2023-04-01"):
        cases.sessions.add_button.click()
        type_into(qtbot, field(cases.sessions, "cases.proceedings.date"), day)
        combo = field(cases.sessions, "cases.proceedings.outcome")
        combo.setCurrentIndex(combo.findData("renewed"))
        combo.activated.emit(combo.currentIndex())
        type_into(qtbot, field(cases.sessions, "cases.proceedings.renewal_days"), "15")
    editor.flush()
    stored = repo.get_profile(pid)
    case = next(c for c in stored["cases"] if c.get("number") == "441")
    assert case["year"] == 2023
    sessions = case["proceedings"]
    assert [s["date"] for s in sessions] == ["2023-03-01", "2023-03-16", "2023-04-01"]
    assert all(s["type"] == "renewal" and s["outcome"] == "renewed" for s in sessions)
    assert all(s["renewal_days"] == 15 for s in sessions)
    assert cases.sessions.table.rowCount() == 3
    # Recycled from: the profile's other case is offered, this one is not.
    recycled = field(cases, "cases.recycled_from")
    offered = [recycled.itemData(i) for i in range(recycled.count())]
    assert case["id"] not in offered and stored["cases"][0]["id"] in offered


def test_partial_date_validation(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    born = field(editor, "birth_date")
    type_into(qtbot, born, "1991-13")
    editor.flush()
    assert repo.get_profile(pid)["birth_date"] == "1991-04-12"
    assert born.property("invalid") is True
    type_into(qtbot, born, "١٩٩١/٤")
    editor.flush()
    assert repo.get_profile(pid)["birth_date"] == "1991-04"
    assert born.property("invalid") is False


def test_raise_a_fields_level(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    badge = next(
        b for b in editor.findChildren(QAbstractButton) if b.property("levelPath") == "bio"
    )
    assert badge.text() == "Public"
    internal = next(a for a in badge.menu().actions() if a.text() == "Internal")
    internal.trigger()
    assert repo.get_profile(pid)["sensitivity"]["bio"] == "internal"
    assert badge.text() == "Internal"
    editor.undo_stack().undo()
    assert "bio" not in (repo.get_profile(pid).get("sensitivity") or {})


def _shown_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLineEdit):
            texts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            texts.append(child.toPlainText())
        elif isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QComboBox):
            texts += [child.currentText()]
    for table in widget.findChildren(QWidget):
        if hasattr(table, "rowCount") and hasattr(table, "item"):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None:
                        texts.append(item.text())
        if hasattr(table, "count") and hasattr(table, "item") and not hasattr(table, "rowCount"):
            texts += [table.item(i).text() for i in range(table.count())]
    return texts


def test_clear_leaves_no_profile_text(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    profile = repo.get_profile(pid)
    secrets = [
        profile["name"]["en"],
        profile["name"]["ar"],
        profile["family_contact"]["en"],
        profile["cases"][0]["number"],
        "Badr",
        "Salma",
    ]
    assert any(secrets[0] in t for t in _shown_texts(editor))
    editor.clear()
    assert editor.current_id() is None
    assert editor.undo_stack().count() == 0
    leaked = [t for t in _shown_texts(editor) for s in secrets if s and s in t]
    assert not leaked
    assert editor.identity.photo.preview.pixmap().isNull()


def test_round_trip_changes_nothing(qtbot, editor, repo):
    from profileeditor.gui.editor.records import RecordList

    for pid in repo.ids():
        stored = repo.get_profile(pid)
        before = len(repo.history(pid))
        editor.load(pid)
        # Visit every tab and select every record of every list, so every form is filled.
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            for records in editor.findChildren(RecordList):
                for row in range(records.table.rowCount()):
                    records.table.selectRow(row)
        editor.flush()
        editor.load(pid)  # switching flushes too
        assert editor.undo_stack().count() == 0
        assert len(repo.history(pid)) == before
        assert editor._profile == stored
        assert repo.update_profile(editor._profile) == []


def test_typing_in_tags_keeps_the_cursor(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    tags = field(editor, "tags")
    tags.setFocus()
    cursor = tags.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    tags.setTextCursor(cursor)
    qtbot.keyClick(tags, Qt.Key_Return)
    key_text(tags, "new")
    qtbot.waitUntil(lambda: "new" in (repo.get_profile(pid).get("tags") or []), timeout=3000)
    key_text(tags, "s")  # still typing at the end after the save
    editor.flush()
    assert repo.get_profile(pid)["tags"][-1] == "news"


def test_detention_with_facilities(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    tab = editor.detentions
    tab.episodes.add_button.click()
    type_into(qtbot, field(tab.episodes, "detentions.arrest_date"), "2024-02")
    tab.facilities.add_button.click()
    type_into(qtbot, field(tab.facilities, "detentions.facilities.name.en"), "Tora Prison")
    type_into(qtbot, field(tab.facilities, "detentions.facilities.from"), "2024-02-03")
    tab.facilities.add_button.click()
    type_into(qtbot, field(tab.facilities, "detentions.facilities.name.ar"), "سجن العقرب")
    editor.flush()
    episode = next(
        d for d in repo.get_profile(pid)["detentions"] if d.get("arrest_date") == "2024-02"
    )
    assert [f["name"] for f in episode["facilities"]] == [
        {"en": "Tora Prison"},
        {"ar": "سجن العقرب"},
    ]
    assert "id" not in episode["facilities"][0]  # the schema gives facilities no id
    assert episode["facilities"][0]["from"] == "2024-02-03"
    # Undo the last three edits: the second facility's name, then the facility, then "from".
    for _ in range(3):
        editor.undo_stack().undo()
    episode = next(
        d for d in repo.get_profile(pid)["detentions"] if d.get("arrest_date") == "2024-02"
    )
    assert episode["facilities"] == [{"name": {"en": "Tora Prison"}}]


def test_name_cleared_on_both_sides_is_not_saved_and_says_so(qtbot, editor, repo):
    pid = salma(repo)
    editor.load(pid)
    type_into(qtbot, field(editor, "name.en"), "")
    type_into(qtbot, field(editor, "name.ar"), "")
    editor.flush()
    assert repo.get_profile(pid)["name"]["ar"]  # the store refused a nameless profile
    assert editor.status.text().startswith("Not saved")
    type_into(qtbot, field(editor, "name.en"), "S. Mansour")
    editor.flush()
    assert repo.get_profile(pid)["name"] == {"en": "S. Mansour"}


def test_add_and_export_attachment(qtbot, editor, repo, tmp_path):
    pid = salma(repo)
    editor.load(pid)
    document = tmp_path / "decision.txt"
    document.write_bytes("قرار إخلاء سبيل".encode())
    editor.attachments.add_path(str(document))
    stored = repo.get_profile(pid)
    added = next(a for a in stored["attachments"] if a["filename"] == "decision.txt")
    assert base64.b64decode(added["data"]) == document.read_bytes()
    out = tmp_path / "copy.txt"
    previous = dialog_service.set_service(ScriptedDialogs(out))
    try:
        editor.attachments.export_copy()
    finally:
        dialog_service.set_service(previous)
    assert out.read_bytes() == document.read_bytes()


def test_every_field_widget_reports_through_the_editor(editor):
    assert editor.findChildren(FieldWidget)
