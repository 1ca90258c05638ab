"""The shell's catalogues: every interface string of the shell's modules (start, welcome,
backups, settings, help, core messages) has an Arabic translation in one of the catalogues, and
English has singular and plural forms for every counted message ("1 profile", not "1 profile(s)";
"1 renewal", not "1 renewals")."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from profileeditor.gui import i18n

GUI = Path(__file__).resolve().parents[2] / "src" / "profileeditor" / "gui"
SHELL_SOURCES = [
    GUI / "app.py",
    GUI / "main_window.py",
    GUI / "dialogs" / "welcome.py",
    GUI / "dialogs" / "backups.py",
    GUI / "dialogs" / "settings_dialog.py",
    *sorted((GUI / "help").glob("*.py")),
    GUI / "messages.py",
]


def _messages(path: Path):
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            yield context.findtext("name"), message


def _translated(message) -> bool:
    translation = message.find("translation")
    return translation.get("type") not in {"unfinished", "obsolete", "vanished"} and bool(
        "".join(translation.itertext()).strip()
    )


def test_every_shell_string_is_translated(tmp_path):
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "shell_ar.ts"
    sources = [str(p) for p in SHELL_SOURCES if p.exists()]
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(ctx, m.findtext("source")) for ctx, m in _messages(fresh)}
    assert len(wanted) > 100
    have = {
        (ctx, m.findtext("source"))
        for ts in sorted(i18n.translations_dir().glob("*_ar.ts"))
        for ctx, m in _messages(ts)
        if _translated(m)
    }
    missing = sorted(wanted - have)
    assert not missing, f"translate in resources/translations/appshell_ar.ts: {missing}"


def test_appshell_catalogue_is_complete_and_compiled():
    for name in ("appshell_ar", "appshell_en"):
        ts = i18n.translations_dir() / f"{name}.ts"
        messages = list(_messages(ts))
        assert messages and all(_translated(m) for _ctx, m in messages)
        qm = ts.with_suffix(".qm")
        assert qm.stat().st_size > 0 and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_every_counted_message_has_english_forms():
    """Each numerus message of every Arabic catalogue is in the English catalogue with a
    singular and a plural form."""
    english = {
        (ctx, m.findtext("source")): [f.text or "" for f in m.iter("numerusform")]
        for ctx, m in _messages(i18n.translations_dir() / "appshell_en.ts")
    }
    counted = {
        (ctx, m.findtext("source"))
        for ts in sorted(i18n.translations_dir().glob("*_ar.ts"))
        for ctx, m in _messages(ts)
        if m.get("numerus") == "yes"
    }
    assert counted
    missing = sorted(counted - set(english))
    assert not missing, f"add English forms to appshell_en.ts: {missing}"
    for key in counted:
        one, many = english[key]
        assert "(s)" not in one + many and "(es)" not in one + many, key


@pytest.mark.parametrize(
    ("context", "source", "n", "expected"),
    [
        ("FactsView", "%Ln renewals", 1, "1 renewal"),
        ("FactsView", "%Ln renewals", 3, "3 renewals"),
        ("FactsView", "%Ln days detained", 1, "1 day detained"),
        ("MainWindow", "%Ln profile(s)", 1, "1 profile"),
        ("MainWindow", "%Ln profile(s)", 2, "2 profiles"),
        ("MainWindow", "%Ln match(es)", 1, "1 match"),
        ("MainWindow", "%Ln match(es)", 5, "5 matches"),
    ],
)
def test_english_counts_are_grammatical(qapp, context, source, n, expected):
    i18n.install(qapp, "en")
    assert QCoreApplication.translate(context, source, "", n) == expected


def test_qts_own_buttons_are_arabic(qapp):
    """QMessageBox and QDialogButtonBox take their button texts from Qt's qtbase_ar catalogue
    (shipped in the PySide6 wheel and kept by the installer build)."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    try:
        assert "qtbase_ar" in i18n.install(qapp, "ar")
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        question = QMessageBox(
            QMessageBox.Icon.Question,
            "",
            "",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        texts = [b.text() for b in box.buttons()] + [b.text() for b in question.buttons()]
        assert all(t and not any("a" <= c.lower() <= "z" for c in t) for t in texts), texts
    finally:
        i18n.install(qapp, "en")


def test_counted_messages_follow_the_vaults_digits(qapp):
    """Counts in tr() messages (%Ln) are written by the interface locale, as the list and the
    editor write their figures: Arabic-Indic only when the vault asks (they were always Western)."""
    source = "Coming up and the past week (%Ln)"
    try:
        i18n.install(qapp, "ar")
        i18n.apply_digits("ar", True)
        assert "١٢" in QCoreApplication.translate("AgendaView", source, "", 12)
        i18n.apply_digits("ar", False)
        shown = QCoreApplication.translate("AgendaView", source, "", 12)
        assert "12" in shown and "١" not in shown
    finally:
        i18n.install(qapp, "en")
        i18n.apply_digits("en")
