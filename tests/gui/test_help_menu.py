"""Issue 13 item 13, driven as a user: the Help menu with the user guide in both languages
(shipped and read offline), About with the version and the licences of the bundled parts, where
the vault is (shown and copied), "check my recovery key" (nothing changed), and the opt-in
reminder to confirm the passphrase after unlocking."""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlcipher3
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from tests.conftest import PASSPHRASE

from profileeditor import __version__
from profileeditor.core import secret_check
from profileeditor.gui import i18n
from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
from profileeditor.gui.help.about import AboutDialog
from profileeditor.gui.help.guide import GuideDialog, guide_text
from profileeditor.gui.help.key_check import RecoveryCheckDialog
from profileeditor.gui.help.vault_location import VaultLocationDialog

TOPICS = {
    "en": [
        "First start",
        "recovery key",
        "Entering a profile",
        "Sessions",
        "Search and filters",
        "Exports and levels",
        "Exchange",
        "Locking and erasing",
    ],
    "ar": [
        "التشغيل الأول",
        "مفتاح الاسترداد",
        "إدخال ملف",
        "الجلسات",
        "البحث والتصفية",
        "التصدير والمستويات",
        "التبادل",
        "القفل والمحو",
    ],
}


def _help_menu(window):
    return next(
        a.menu() for a in window.menuBar().actions() if a.menu() is window.help_actions.menu
    )


def test_help_menu_lists_its_actions(window, demo_vault):
    menu = _help_menu(window)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["guideAction", "vaultLocationAction", "recoveryCheckAction", "aboutAction"]
    # Locked: the guide and About work, the vault's location and the key check wait for it.
    assert window.help_actions.guide_action.isEnabled()
    assert not window.help_actions.recovery_check_action.isEnabled()
    window.open_vault(demo_vault)
    assert window.help_actions.recovery_check_action.isEnabled()
    assert window.help_actions.location_action.isEnabled()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_guide_covers_every_topic_in_both_languages(lang):
    text = guide_text(lang)
    for topic in TOPICS[lang]:
        assert topic in text, topic
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(headings) == 8
    assert len(text.split()) > 500


def test_the_guide_opens_in_the_interface_language_and_switches(qtbot, window):
    window.help_actions.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.lang == "en" and "recovery key" in dialog.browser.toPlainText()
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.lang == "ar"
    assert "مفتاح الاسترداد" in dialog.browser.toPlainText()
    assert dialog.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.other_button.text() == "English"


def _linked_sqlcipher_version(folder) -> str:
    """The version of the SQLCipher the binding links, asked of it directly on a keyed file
    that it really encrypts (plain SQLite would answer nothing and write a readable header)."""
    path = folder / "probe.db"
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA key = 'probe passphrase'")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        (version,) = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    assert not path.read_bytes().startswith(b"SQLite format 3\0")
    return version


def test_about_names_the_version_and_the_licences(qtbot, window, tmp_path):
    window.help_actions.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    text = dialog.browser.toPlainText()
    assert __version__ in text
    for part in ("PySide6", "LGPL-3.0", "SQLCipher", "BSD-3-Clause", "fpdf2", "Noto",
                 "SIL Open Font License", "GNU General Public License"):  # fmt: skip
        assert part in text, part
    # The SQLCipher really linked, with its version ("4.6.1 community").
    linked = _linked_sqlcipher_version(tmp_path)
    assert re.fullmatch(r"\d+\.\d+\.\d+ community", linked), linked
    cells = text.splitlines()  # the components table: one cell a line, the version next
    assert cells[cells.index("SQLCipher") + 1] == linked


def test_where_is_my_vault(qtbot, window, demo_vault):
    window.open_vault(demo_vault)
    window.help_actions.location_action.trigger()
    dialog = window.findChild(VaultLocationDialog)
    assert dialog.path_edit.text() == str(demo_vault.path.resolve())
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(demo_vault.path.resolve())
    window.lock()  # the path was marked as ours: the lock clears it
    assert QGuiApplication.clipboard().text() == ""


def test_check_my_recovery_key(qtbot, window, keyed_vault):
    vault, recovery = keyed_vault
    window.open_vault(vault)
    key_file = vault.key_path.read_bytes()
    window.help_actions.recovery_check_action.trigger()
    dialog = window.findChild(RecoveryCheckDialog)
    qtbot.keyClicks(dialog.key_edit, "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "not this vault's recovery key" in dialog.result_label.text()
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, recovery.lower())
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    assert dialog.result_label.text().startswith("Right")
    assert dialog.key_edit.text() == ""  # the key does not stay on screen
    assert vault.key_path.read_bytes() == key_file  # checked, not changed
    assert not vault.is_locked


def _turn_reminder_on(qtbot, window, dialogs, days=14):
    window.show_settings()
    settings = window.findChild(SettingsDialog)
    combo = settings.reminder_combo
    combo.setCurrentIndex(combo.findData(days))
    settings.accept()


def test_the_passphrase_reminder(qtbot, window, keyed_vault, dialogs):
    # Unlocked with the recovery key: an unlock with the passphrase is itself a confirmation
    # (tests/gui/test_guifix_reminder.py).
    vault, recovery = keyed_vault
    window.open_vault(vault)
    assert vault.repository.get_setting(secret_check.SETTING_REMINDER_DAYS, 0) == 0
    _turn_reminder_on(qtbot, window, dialogs)
    assert vault.repository.get_setting(secret_check.SETTING_REMINDER_DAYS) == 14

    # Due (never confirmed): after unlocking, the passphrase is asked for again. Wrong first.
    window.lock()
    dialogs.texts.append(PASSPHRASE + " typo")
    window.unlock_view.recovery_check.setChecked(True)
    qtbot.keyClicks(window.unlock_view.secret_edit, recovery)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.messages) == 1, timeout=30_000)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "not the passphrase" in text
    assert window.vault.repository.get_setting(secret_check.SETTING_CONFIRMED_ON) is None

    # Still due at the next unlock; this time right.
    window.lock()
    dialogs.texts.append(PASSPHRASE)
    window.unlock_view.recovery_check.setChecked(True)
    qtbot.keyClicks(window.unlock_view.secret_edit, recovery)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.messages) == 2, timeout=30_000)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "information" and text.startswith("Right")
    confirmed = window.vault.repository.get_setting(secret_check.SETTING_CONFIRMED_ON)
    assert confirmed == date.today().isoformat()

    # Not due again until fourteen days have passed: no question (dialogs.texts is empty and
    # get_text would fail the test if asked).
    window.lock()
    window.unlock_view.recovery_check.setChecked(True)
    qtbot.keyClicks(window.unlock_view.secret_edit, recovery)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    qtbot.wait(100)
    assert len(dialogs.messages) == 2


def test_no_reminder_unless_turned_on(qtbot, window, demo_vault, dialogs):
    window.open_vault(demo_vault)
    window.lock()
    qtbot.keyClicks(window.unlock_view.secret_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    qtbot.wait(100)
    assert dialogs.messages == []


@pytest.fixture
def arabic(qapp):
    old = QLocale()
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


def test_help_in_arabic(qtbot, app_settings, dialogs, fast_kdf, demo_vault, arabic):
    from profileeditor.gui.main_window import MainWindow

    app_settings.language = "ar"
    win = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(win)
    win.open_vault(demo_vault)
    help_actions = win.help_actions
    texts = [help_actions.menu.title()] + [a.text() for a in help_actions.menu.actions()]
    assert all(not any("a" <= c.lower() <= "z" for c in t) for t in texts), texts
    guide = help_actions.show_guide()
    assert guide.lang == "ar" and "مفتاح الاسترداد" in guide.browser.toPlainText()
    about = help_actions.show_about()
    assert "الإصدار" in about.browser.toPlainText()
    win.shutdown()
