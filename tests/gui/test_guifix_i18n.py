"""Every interface string of the GUI (all of src/profileeditor/gui, the review fixes' new ones
among them: resources/translations/guifix_ar.ts) has a finished Arabic translation in one of the
catalogues, and the fixes' catalogue is compiled for i18n.install to load."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from profileeditor.gui import i18n

GUI = Path(__file__).resolve().parents[2] / "src" / "profileeditor" / "gui"
CATALOGUE = i18n.translations_dir() / "guifix_ar.ts"


def _messages(path: Path, finished_only: bool) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in {
                "unfinished",
                "obsolete",
                "vanished",
            }
            if finished_only and not (done and "".join(translation.itertext()).strip()):
                continue
            found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def test_every_gui_string_is_translated(tmp_path):
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "gui_ar.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    # An empty context is lupdate's reading of translate(CONTEXT_VARIABLE, ...): the string is
    # filed under the variable's value, which lupdate cannot see (those are checked by the
    # tests of their modules, e.g. test_keys_i18n).
    wanted = {(ctx, src) for ctx, src in _messages(fresh, False) if ctx}
    assert ("StatisticsView", "Saving the charts…") in wanted
    have: set[tuple[str, str]] = set()
    for catalogue in i18n.translations_dir().glob("*_ar.ts"):
        have |= _messages(catalogue, True)
    missing = sorted(wanted - have)
    assert not missing, f"translate in {CATALOGUE.name}: {missing}"


def test_the_catalogue_is_finished_and_compiled(qapp):
    assert _messages(CATALOGUE, False) == _messages(CATALOGUE, True)
    qm = CATALOGUE.with_suffix(".qm")
    assert qm.stat().st_size > 0 and qm.stat().st_mtime >= CATALOGUE.stat().st_mtime - 1
    old_locale = QLocale()
    try:
        assert "guifix_ar" in i18n.install(qapp, "ar")
        text = QCoreApplication.translate("StatisticsView", "Saving the charts…")
        assert text == "جارٍ حفظ الرسوم البيانية…"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(old_locale)
