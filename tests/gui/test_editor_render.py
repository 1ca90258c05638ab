"""Render the editor with a sample profile, in English and in Arabic (right-to-left), to PNG.

Set PE_EDITOR_SCREENSHOTS=DIR to keep the pictures (docs/screenshots/editor-en.png and
editor-ar.png are made so; the -cases and 700-pixel ones are for checking); otherwise they go to
the test's temp folder. The checks are structural (the layout is mirrored,
Arabic text is present); the pictures themselves are for a person to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from profileeditor.gui import i18n
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
        i18n.install(qapp, lang)  # catalogues, locale and direction

    yield set_language
    i18n.install(qapp, "en")
    qapp.setFont(old_font)
    QLocale.setDefault(old_locale)


def _out_dir(tmp_path) -> Path:
    target = os.environ.get("PE_EDITOR_SCREENSHOTS")
    return Path(target) if target else tmp_path


def _salma(repo) -> str:
    for profile in repo.iter_profiles(repo.ids(), with_data=False):
        if (profile.get("name") or {}).get("en", "").startswith("Salma"):
            return profile["id"]
    raise AssertionError("sample profile missing")


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", [(1180, 860), (700, 900)], ids=["wide", "narrow"])
def test_render_editor(qtbot, demo_vault, ui_language, tmp_path, lang, size):
    ui_language(lang)
    editor = ProfileEditor(demo_vault.repository)
    qtbot.addWidget(editor)
    editor.resize(*size)
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
    assert editor.tabs.tabText(0) == ("الهوية" if lang == "ar" else "Identity")
    narrow = "-700" if size[0] == 700 else ""
    for index, suffix in ((0, narrow), (editor.tabs.indexOf(editor.cases), f"-cases{narrow}")):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        picture = editor.grab()
        assert not picture.isNull()
        assert picture.save(str(out / f"editor-{lang}{suffix}.png"))
