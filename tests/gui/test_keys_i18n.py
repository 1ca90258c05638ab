"""Issue 9's window strings in Arabic: every text of the key actions (change passphrase, "I was
compromised", new recovery key, the recovery-key dialog, storage failures), of locking and of
the error hook has an Arabic translation that Qt really finds; the recovery-key dialog is laid
out right to left."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from profileeditor.gui import i18n
from profileeditor.gui.dialogs.key_actions import RecoveryKeyDialog, policy_message

GUI = Path(__file__).resolve().parents[2] / "src" / "profileeditor" / "gui"
CATALOGUE = i18n.translations_dir() / "keys_ar.ts"
# (module, the context of its module-level tr()/_tr() helper)
MODULES = [
    ("dialogs/key_actions.py", "KeyActions"),
    ("lock_controller.py", "MainWindow"),
    ("excepthook.py", "ExceptionHook"),
]


def tr_strings(path: Path, context: str) -> list[tuple[str, str]]:
    """(context, source) of every literal passed to tr()/_tr()/self.tr() in ``path``."""
    found: list[tuple[str, str]] = []
    classes: list[str] = []

    class Visitor(ast.NodeVisitor):
        def visit_ClassDef(self, node):
            classes.append(node.name)
            self.generic_visit(node)
            classes.pop()

        def visit_Call(self, node):
            func, ctx = node.func, None
            if isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
                ctx = context
            elif isinstance(func, ast.Attribute) and func.attr == "tr" and classes:
                ctx = classes[-1]
            first = node.args[0] if node.args else None
            if ctx and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((ctx, first.value))
            self.generic_visit(node)

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


@pytest.fixture
def arabic(qapp):
    old = QLocale()
    loaded = i18n.install(qapp, "ar")
    yield loaded
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def test_every_key_action_string_has_an_arabic_translation(arabic):
    assert "keys_ar" in arabic
    strings = [s for module, ctx in MODULES for s in tr_strings(GUI / module, ctx)]
    assert len(strings) > 40  # the walk found them
    untranslated = []
    for context, source in strings:
        text = QCoreApplication.translate(context, source)
        latin = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in {"USB", "Ctrl"}]
        if text == source or not text.strip() or latin:
            untranslated.append((context, source))
    assert not untranslated
    # placeholders survive translation
    for context, source in strings:
        for mark in re.findall(r"%\d", source):
            assert mark in QCoreApplication.translate(context, source), source


def test_the_catalogue_has_no_unfinished_entry():
    root = ET.parse(CATALOGUE).getroot()
    messages = root.findall("context/message")
    assert messages
    assert not [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or "").strip()
    ]
    assert CATALOGUE.with_suffix(".qm").stat().st_size > 0


def test_policy_messages_are_arabic(arabic):
    assert policy_message("short").startswith("قصيرة جدًا")
    assert "12" in policy_message("short")
    assert policy_message("password123456").startswith("سهلة التخمين")


def test_the_recovery_key_dialog_in_arabic(qtbot, arabic, tmp_path):
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "مفتاح استرداد جديد"
    assert dialog.copy_button.text() == "نسخ"
    # the buttons are mirrored: Copy at the right, Done at the left
    assert dialog.copy_button.x() > dialog.done_button.x()
    dialog.grab().save(str(tmp_path / "recovery_ar.png"))
