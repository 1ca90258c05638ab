"""The cards helper's catalogue (resources/translations/cards_ar.ts): every string of the card
choices, the Statistics tab and the Facts tab's timeline is translated, and the compiled .qm is
what the interface loads."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from profileeditor.gui import i18n

SRC = Path(__file__).resolve().parents[2] / "src" / "profileeditor" / "gui"
MODULES = [
    SRC / "dialogs" / "card_choices.py",
    SRC / "dialogs" / "campaign_line.py",
    SRC / "views" / "statistics_view.py",
    SRC / "editor" / "timeline_view.py",
]
CATALOGUE = i18n.translations_dir() / "cards_ar.ts"


def _messages(root):
    return {
        (c.findtext("name"), m.findtext("source")): m.find("translation")
        for c in root.findall("context")
        for m in c.findall("message")
    }


def test_every_string_is_translated():
    messages = _messages(ET.parse(CATALOGUE).getroot())
    assert messages
    unfinished = [
        key
        for key, t in messages.items()
        if t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()
    ]
    assert not unfinished
    assert CATALOGUE.with_suffix(".qm").stat().st_size > 0


def test_catalogue_covers_the_modules(tmp_path):
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "cards_ar.ts"
    subprocess.run(
        [tool, *map(str, [m for m in MODULES if m.exists()]), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    # A string of these modules may be translated in any Arabic catalogue (the Statistics tab's
    # progress line is in stats_ar.ts): the interface loads them all.
    known: set = set()
    for catalogue in i18n.translations_dir().glob("*_ar.ts"):
        known |= set(_messages(ET.parse(catalogue).getroot()))
    missing = set(_messages(ET.parse(fresh).getroot())) - known
    assert not missing, (
        f"run pyside6-lupdate on an Arabic catalogue and translate: {sorted(missing)}"
    )


def test_arabic_is_loaded(qapp):
    try:
        assert "cards_ar" in i18n.install(qapp, "ar")
        assert QCoreApplication.translate("StatisticsView", "Statistics") == "الإحصاءات"
        assert QCoreApplication.translate("CardChoices", "Square 1080×1080") == "مربعة 1080×1080"
    finally:
        i18n.install(qapp, "en")
