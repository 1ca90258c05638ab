"""The editor in Arabic (every visible text translated, right-to-left, country names in Arabic),
its catalogue complete, a change of language rebuilt in place, and the form usable at 700 px."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from profileeditor.gui import i18n
from profileeditor.gui.editor import ProfileEditor
from profileeditor.gui.editor.attachments import human_size
from profileeditor.gui.editor.countries import countries, country_name
from profileeditor.gui.editor.fields import FieldWidget

EDITOR_DIR = Path(__file__).resolve().parents[2] / "src" / "profileeditor" / "gui" / "editor"
CATALOGUE = i18n.translations_dir() / "editor_ar.ts"

# Latin words allowed in an Arabic interface: technical names and codes, not English prose.
ALLOWED_LATIN = {"SHA", "GPS", "EXIF", "XMP", "URL", "jpg", "jpeg", "png", "webp", "heic"}
# Widgets that show the profile's own data (a person's name in both scripts), not interface text.
DATA_LABELS = {"editorTitle", "editorSubtitle"}


@pytest.fixture
def language(qapp):
    """Install a language as the shell does (catalogues, locale, direction); English after."""
    old_locale = QLocale()

    def install(lang: str) -> list[str]:
        return i18n.install(qapp, lang)

    yield install
    i18n.install(qapp, "en")
    QLocale.setDefault(old_locale)


def salma(repo) -> str:
    for profile in repo.iter_profiles(repo.ids(), with_data=False):
        if (profile.get("name") or {}).get("en", "").startswith("Salma"):
            return profile["id"]
    raise AssertionError("sample profile missing")


def make_editor(qtbot, repo, width=1100, height=800) -> ProfileEditor:
    editor = ProfileEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(width, height)
    editor.load(salma(repo))
    return editor


def interface_texts(editor: ProfileEditor) -> list[tuple[str, str]]:
    """(where, text) of every interface text: labels, tabs, buttons, group titles, table
    headers and placeholders, whether or not their tab is the one shown."""
    found: list[tuple[str, str]] = []
    for child in editor.findChildren(QWidget):
        name = type(child).__name__
        is_label = isinstance(child, QLabel) and child.objectName() not in DATA_LABELS
        if is_label or isinstance(child, QAbstractButton):
            found.append((f"{name} {child.objectName()}", child.text()))
        elif isinstance(child, QGroupBox):
            found.append((name, child.title()))
        elif isinstance(child, QTabWidget):
            found += [(name, child.tabText(i)) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            for column in range(child.columnCount()):
                header = child.horizontalHeaderItem(column)
                found.append((f"header {child.objectName()}", header.text() if header else ""))
        if isinstance(child, QLineEdit | QPlainTextEdit):
            found.append((f"placeholder {child.objectName()}", child.placeholderText()))
    return [(where, text) for where, text in found if text.strip()]


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED_LATIN]


def test_arabic_editor_shows_no_english(qtbot, demo_vault, language):
    loaded = language("ar")
    assert "editor_ar" in loaded
    editor = make_editor(qtbot, demo_vault.repository)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.layoutDirection() == Qt.RightToLeft
    assert editor.tabs.tabText(0) == "الهوية"
    texts = interface_texts(editor)
    assert len(texts) > 150  # the walk does reach the tabs not shown
    english = [(where, text) for where, text in texts if english_words(text)]
    assert not english, english
    # The facts line and the level badges, set after loading, are Arabic too.
    assert editor.facts_line.text() and not english_words(editor.facts_line.text())
    assert any(re.search("[\u0600-\u06ff]", text) for _, text in texts)


def test_arabic_combos_and_messages(qtbot, demo_vault, language):
    language("ar")
    editor = make_editor(qtbot, demo_vault.repository)
    nationality = next(
        w for w in editor.findChildren(QWidget) if w.property("fieldPath") == "nationality"
    )
    texts = [nationality.itemText(i) for i in range(nationality.count())]
    assert texts[1] == "مصر — EG"  # after "—" (not known): Egypt first
    assert "ألمانيا — DE" in texts
    assert not [t for t in texts if english_words(t.replace("— ", "").rsplit(" ", 1)[0])]
    # A base-class text shown by a subclass (DateField's input error) is found.
    born = editor.identity.form.fields[3]
    born.edit.setText("2019-13")
    born._edited()
    assert born.message.text() == "يجب أن يكون الشهر بين 1 و12"
    # Western digits unless the vault asks for Arabic-Indic ones (gui/i18n.py ui_locale).
    assert human_size(1536) == "1.5 ك.ب"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_sex_choices_are_vocabs_labels(qtbot, demo_vault, language, lang):
    """The Identity tab and the history word sex as core/vocab.py does (no copy in tr())."""
    from profileeditor.core import vocab
    from profileeditor.gui.editor.history_view import choice_labels

    language(lang)
    editor = make_editor(qtbot, demo_vault.repository)
    sex = next(w for w in editor.findChildren(QWidget) if w.property("fieldPath") == "sex")
    shown = {sex.itemData(i): sex.itemText(i) for i in range(sex.count()) if sex.itemData(i)}
    codes = ("female", "male", "other", "unknown")
    assert shown == {code: vocab.label("sex", code, lang) for code in codes}
    assert choice_labels()["sex"] == shown
    assert shown["female"] == {"ar": "أنثى", "en": "Female"}[lang]


def test_country_names():
    assert country_name("EG", "ar") == "مصر"
    assert country_name("EG", "en") == "Egypt"
    assert country_name("SD", "ar") == "السودان"
    english = countries("en")
    arabic = countries("ar")
    assert english[0] == ("EG", "EG — Egypt") and arabic[0] == ("EG", "مصر — EG")
    assert {c for c, _ in english} == {c for c, _ in arabic}
    assert not [t for _, t in arabic if not re.search("[\u0600-\u06ff]", t)]


def test_catalogue_is_complete_and_current(tmp_path):
    root = ET.parse(CATALOGUE).getroot()
    messages = root.findall("context/message")
    assert messages
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert not unfinished
    assert (CATALOGUE.with_suffix(".qm")).stat().st_size > 0
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "editor_ar.ts"
    sources = sorted(str(p) for p in EDITOR_DIR.glob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def keys(tree_root) -> set[tuple[str, str]]:
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in tree_root.findall("context")
            for m in c.findall("message")
        }

    # Strings added by later work may sit in a catalogue of their own (i18n loads every *_ar.qm).
    known = keys(root)
    for other in i18n.translations_dir().glob("*_ar.ts"):
        known |= keys(ET.parse(other).getroot())
    missing = keys(ET.parse(fresh).getroot()) - known
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


def test_language_change_rebuilds_the_editor(qtbot, demo_vault, language):
    editor = make_editor(qtbot, demo_vault.repository)
    pid = editor.current_id()
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.cases))
    assert editor.tabs.tabText(0) == "Identity"
    language("ar")
    qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "الهوية", timeout=3000)
    assert editor.current_id() == pid
    assert editor.tabs.currentWidget() is editor.cases
    assert editor.title.text() == "سلمى عبد الرؤوف منصور"
    assert editor.layoutDirection() == Qt.RightToLeft
    # The rebuilt tabs still save and undo.
    editor.undo_stack().clear()
    editor._commit("occupation.en", "Editor")
    assert demo_vault.repository.get_profile(pid)["occupation"]["en"] == "Editor"
    assert editor.undo_button.isEnabled()
    language("en")
    qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "Identity", timeout=3000)
    assert editor.current_id() == pid


def clipped_fields(editor: ProfileEditor) -> list[str]:
    """Fields of each tab that reach outside the visible width of their scroll area."""
    clipped = []
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = editor.tabs.widget(index)
        areas = [a for a in page.findChildren(QScrollArea) if a.widgetResizable()]
        if isinstance(page, QScrollArea):
            areas.append(page)
        for area in areas:
            viewport = area.viewport()
            if area.horizontalScrollBar().isVisible():
                clipped.append(f"{editor.tabs.tabText(index)}: scrolls sideways")
            for field in area.widget().findChildren(FieldWidget):
                if not field.isVisible():
                    continue
                left = field.mapTo(viewport, QPoint(0, 0)).x()
                if left < 0 or left + field.width() > viewport.width():
                    clipped.append(f"{editor.tabs.tabText(index)}: {field.schema_path}")
            # The scroll area itself lies inside the editor.
            corner = area.mapTo(editor, QPoint(0, 0)).x()
            if corner < 0 or corner + area.width() > editor.width():
                clipped.append(f"{editor.tabs.tabText(index)}: scroll area")
    return clipped


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("width", [700, 560])
def test_nothing_clipped_in_a_narrow_window(qtbot, demo_vault, language, lang, width):
    language(lang)
    editor = make_editor(qtbot, demo_vault.repository, width, 900)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.width() == width
    # Sub-records selected, so that their forms (sessions, sentence, facilities) are shown.
    assert editor.cases.cases.current_item() is not None
    assert not clipped_fields(editor)
