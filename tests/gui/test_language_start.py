"""Issue 13 item 12: the first start follows the system's language (Arabic on an Arabic
desktop), the welcome screen offers the other language and builds itself again in it, and a
new language chosen in Settings offers to restart now: the windows are built again in that
language, on the vault's lock screen (the vault asks for its passphrase again)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication
from tests.conftest import PASSPHRASE

from profileeditor.gui import i18n
from profileeditor.gui.app import Shell
from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
from profileeditor.gui.dialogs.welcome import WelcomeDialog
from profileeditor.gui.settings import AppSettings

SRC = Path(__file__).resolve().parents[2] / "src"
TITLE_AR = "محرر الملفات"

FIRST_START = """
import json, sys
from profileeditor.gui.app import create_application
from profileeditor.gui.settings import AppSettings
settings = AppSettings(sys.argv[1])
app = create_application([], settings)
from profileeditor.gui.dialogs.welcome import WelcomeDialog
dialog = WelcomeDialog(settings)
print(json.dumps({
    "language": settings.language,
    "chosen": settings.language_chosen,
    "title": dialog.windowTitle(),
    "rtl": app.layoutDirection().name,
    "combo": dialog.home.language_combo.currentData(),
}))
"""


@pytest.fixture
def restore_english(qapp):
    old = QLocale()
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(old)


@pytest.mark.parametrize(("lang_env", "expected"), [("ar_EG.UTF-8", "ar"), ("en_GB.UTF-8", "en")])
def test_first_start_is_in_the_systems_language(tmp_path, lang_env, expected):
    env = {
        **os.environ,
        "LANG": lang_env,
        "LC_ALL": lang_env,
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(SRC),
    }
    out = subprocess.run(
        [sys.executable, "-c", FIRST_START, str(tmp_path / "settings.ini")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["language"] == expected and not seen["chosen"]
    assert seen["combo"] == expected
    if expected == "ar":
        assert seen["title"] == TITLE_AR and seen["rtl"] == "RightToLeft"
    else:
        assert seen["title"] == "Profile Editor" and seen["rtl"] == "LeftToRight"
    # Nothing was stored: the language follows the system until the user picks one.
    stored = tmp_path / "settings.ini"
    assert not stored.exists() or "language" not in stored.read_text(encoding="utf-8")


def test_a_stored_choice_wins_over_the_system(tmp_path):
    settings = AppSettings(tmp_path / "s.ini")
    settings.language = "ar"
    assert AppSettings(tmp_path / "s.ini").language_chosen
    assert AppSettings(tmp_path / "s.ini").language == "ar"


def test_language_choice_on_the_welcome_screen(qtbot, app_settings, fast_kdf, restore_english):
    app_settings.language = "en"
    shell = Shell(QApplication.instance(), app_settings, kdf=fast_kdf)
    seen: list[dict] = []
    dialogs_seen: list[WelcomeDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog) or dialog in dialogs_seen:
            QTimer.singleShot(30, act)
            return
        dialogs_seen.append(dialog)
        seen.append(
            {
                "title": dialog.windowTitle(),
                "direction": dialog.layoutDirection(),
                "create": dialog.home.create_button.text(),
            }
        )
        if len(seen) == 1:
            combo = dialog.home.language_combo
            QTimer.singleShot(30, act)  # for the next welcome screen
            combo.setCurrentIndex(combo.findData("ar"))  # the user picks العربية
        else:
            dialog.reject()

    QTimer.singleShot(30, act)
    assert shell.start(None) is False
    assert len(seen) == 2
    assert seen[0]["title"] == "Profile Editor"
    assert seen[-1]["title"] == TITLE_AR
    assert seen[-1]["direction"] == Qt.LayoutDirection.RightToLeft
    assert seen[-1]["create"] != seen[0]["create"]
    assert app_settings.language == "ar" and app_settings.language_chosen
    assert shell.restarts == 1
    shell.shutdown()


def test_settings_language_change_restarts_now(
    qtbot, app_settings, demo_vault, dialogs, fast_kdf, restore_english
):
    app_settings.language = "en"
    shell = Shell(QApplication.instance(), app_settings, kdf=fast_kdf)
    old = shell._new_window()
    old.open_vault(demo_vault)
    old.show()
    assert old.menuBar().actions()[0].text() == "&File"

    dialogs.confirmations.append(True)  # "Restart now in the new language?"
    old.show_settings()
    settings_dialog = old.findChild(SettingsDialog)
    combo = settings_dialog.language_combo
    combo.setCurrentIndex(combo.findData("ar"))
    settings_dialog.accept()

    window = shell.window
    assert window is not old and window.isVisible()
    qtbot.addWidget(window)
    assert demo_vault.is_locked  # locked first: the new window asks again
    assert window.is_locked and window.stack.currentIndex() == window.LOCKED
    assert window.vault_path == Path(demo_vault.path)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() != "&File"
    assert window.unlock_view.unlock_button.text() != "Unlock"
    qtbot.keyClicks(window.unlock_view.secret_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=30_000)
    assert window.model.rowCount() == 8
    shell.shutdown()


def test_declining_the_restart_keeps_the_window(
    qtbot, app_settings, demo_vault, dialogs, fast_kdf, restore_english
):
    app_settings.language = "en"
    shell = Shell(QApplication.instance(), app_settings, kdf=fast_kdf)
    old = shell._new_window()
    qtbot.addWidget(old)
    old.open_vault(demo_vault)
    old.show()
    dialogs.confirmations.append(False)
    old.show_settings()
    settings_dialog = old.findChild(SettingsDialog)
    settings_dialog.language_combo.setCurrentIndex(settings_dialog.language_combo.findData("ar"))
    settings_dialog.accept()
    assert shell.window is old and not old.is_locked
    assert app_settings.language == "ar"  # applies at the next start
    shell.shutdown()
