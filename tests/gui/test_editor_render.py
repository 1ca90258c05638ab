"""Render the editor with a sample profile, in English and in Arabic (right-to-left), to PNG.

Set PE_EDITOR_SCREENSHOTS=DIR to keep the pictures (docs/screenshots/editor-*.png are made so);
otherwise they go to the test's temp folder. The checks are structural (the layout is mirrored,
Arabic text is present); the pictures themselves are for a person to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from profileeditor.gui.editor import ProfileEditor
from profileeditor.resources import resource


@pytest.fixture
def ui_language(qapp):
    """Set the interface language as the shell does (fonts, locale, layout direction); undo it."""
    fonts = Path(str(resource("fonts")))
    for path in sorted(fonts.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    old_font, old_locale = QFont(qapp.font()), QLocale()

    def set_language(lang: str) -> None:
        font = QFont(qapp.font())
        font.setFamilies(["Noto Sans", "Noto Naskh Arabic"])
        font.setPointSize(9)
        qapp.setFont(font)
        if lang == "ar":
            QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
            qapp.setLayoutDirection(Qt.RightToLeft)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            qapp.setLayoutDirection(Qt.LeftToRight)

    yield set_language
    qapp.setFont(old_font)
    QLocale.setDefault(old_locale)
    qapp.setLayoutDirection(Qt.LeftToRight)


def _out_dir(tmp_path) -> Path:
    target = os.environ.get("PE_EDITOR_SCREENSHOTS")
    return Path(target) if target else tmp_path


def _salma(repo) -> str:
    for profile in repo.iter_profiles(repo.ids(), with_data=False):
        if (profile.get("name") or {}).get("en", "").startswith("Salma"):
            return profile["id"]
    raise AssertionError("sample profile missing")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_render_editor(qtbot, demo_vault, ui_language, tmp_path, lang):
    ui_language(lang)
    editor = ProfileEditor(demo_vault.repository)
    qtbot.addWidget(editor)
    editor.resize(1180, 860)
    editor.load(_salma(demo_vault.repository))
    editor.show()
    qtbot.waitExposed(editor)
    expected = Qt.RightToLeft if lang == "ar" else Qt.LeftToRight
    assert editor.layoutDirection() == expected
    assert editor.title.text() == (
        "سلمى عبد الرؤوف منصور" if lang == "ar" else "Salma Abdel-Raouf Mansour"
    )
    out = _out_dir(tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for index, suffix in ((0, ""), (editor.tabs.indexOf(editor.cases), "-cases")):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        picture = editor.grab()
        assert not picture.isNull()
        assert picture.save(str(out / f"editor-{lang}{suffix}.png"))
