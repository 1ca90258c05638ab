"""Every interface string of the GUI (all of src/profileeditor/gui, the review fixes' new ones
among them: resources/translations/guifix_ar.ts) has a finished Arabic translation in one of the
catalogues, and the fixes' catalogue is compiled for i18n.install to load; and no catalogue holds
an entry no code asks for (a string since reworded, moved to another context, or now worded by
core/catalogue.py or core/vocab.py), which would be translated and reviewed for nothing."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from profileeditor.core.messages import TEMPLATES
from profileeditor.gui import i18n
from profileeditor.gui import messages as gui_messages

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


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every tr()/translate() string of the GUI, as lupdate reads them."""
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path_factory.mktemp("lupdate") / "gui_ar.ts"
    sources = sorted(str(p) for p in GUI.rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    return _messages(fresh, False)


def test_every_gui_string_is_translated(scanned):
    # An empty context is lupdate's reading of translate(CONTEXT_VARIABLE, ...): the string is
    # filed under the variable's value, which lupdate cannot see (those are checked by the
    # tests of their modules, e.g. test_keys_i18n).
    wanted = {(ctx, src) for ctx, src in scanned if ctx}
    assert ("StatisticsView", "Saving the charts…") in wanted
    have: set[tuple[str, str]] = set()
    for catalogue in i18n.translations_dir().glob("*_ar.ts"):
        have |= _messages(catalogue, True)
    missing = sorted(wanted - have)
    assert not missing, f"translate in {CATALOGUE.name}: {missing}"


def _module_strings() -> list[set[str]]:
    """Per GUI module, its string constants and class names: a context and a text both in one
    module are a translate(CONTEXT, text) lupdate cannot read — a helper such as
    ``_tr(text)`` calling ``translate("ExceptionHook", text)``."""
    found = []
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
        strings |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        found.append({v for v in strings if isinstance(v, str)})
    return found


def test_no_catalogue_entry_is_unused(scanned):
    """An entry is used when lupdate finds its context and text in the GUI, when one module
    holds both (a helper lupdate cannot read, see above), or, under CoreMessages, when it is
    the English template of one of core's messages (core/messages.py TEMPLATES)."""
    modules = _module_strings()
    templates = set(TEMPLATES.values())

    def used(context: str, source: str) -> bool:
        if (context, source) in scanned:
            return True
        if context == gui_messages.CONTEXT:
            return source in templates
        return any(context in strings and source in strings for strings in modules)

    unused = sorted(
        (catalogue.name, context, source)
        for catalogue in i18n.translations_dir().glob("*.ts")
        for context, source in _messages(catalogue, False)
        if not used(context, source)
    )
    assert not unused, f"remove from the catalogues (and compile them): {unused}"


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
