"""GUI test helpers: a scripted dialog service (no modal dialog ever blocks), private
application settings, and a main window opened on a vault."""

from __future__ import annotations

import pytest
from tests.conftest import PASSPHRASE

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.gui import dialog_service
from profileeditor.gui.dialogs import unlock as unlock_module
from profileeditor.gui.settings import AppSettings


class ScriptedDialogs(dialog_service.DialogService):
    """Answers from queues the test fills; records every message shown."""

    def __init__(self):
        self.folders: list[str | None] = []
        self.files: list[str | None] = []
        self.texts: list[str | None] = []
        self.confirmations: list[bool] = []
        self.messages: list[tuple[str, str, str]] = []
        self.printed: list[str] = []
        self.starts: list[str] = []  # the path each file dialog was opened at
        self.asked: list[str] = []  # the text of each confirmation asked

    def choose_directory(self, parent, title, start=""):
        return self.folders.pop(0)

    def choose_new_folder(self, parent, title, start=""):
        return self.folders.pop(0)

    def open_file(self, parent, title, file_filter="", start=""):
        return self.files.pop(0)

    def save_file(self, parent, title, file_filter="", start=""):
        self.starts.append(start)
        return self.files.pop(0)

    def information(self, parent, title, text):
        self.messages.append(("information", title, text))

    def warning(self, parent, title, text):
        self.messages.append(("warning", title, text))

    def error(self, parent, title, text):
        self.messages.append(("error", title, text))

    def confirm(self, parent, title, text):
        self.asked.append(text)
        return self.confirmations.pop(0)

    def get_text(self, parent, title, label, secret=False):
        return self.texts.pop(0)

    def print_text(self, parent, title, text):
        self.printed.append(text)
        return True


@pytest.fixture
def dialogs():
    scripted = ScriptedDialogs()
    previous = dialog_service.set_service(scripted)
    yield scripted
    dialog_service.set_service(previous)


@pytest.fixture
def app_settings(tmp_path):
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def fast_kdf():
    return KdfParams.insecure_for_tests()


@pytest.fixture(autouse=True)
def _fresh_unlock_failures(monkeypatch):
    monkeypatch.setattr(unlock_module, "_failures", {})
    monkeypatch.setattr(unlock_module, "DELAY_UNIT_MS", 50)


@pytest.fixture
def keyed_vault(tmp_path):
    """A vault with its passphrase (tests.conftest.PASSPHRASE) and recovery key, locked after."""
    vault, recovery = Vault.create(
        tmp_path / "mine.pevault", PASSPHRASE, KdfParams.insecure_for_tests()
    )
    yield vault, recovery
    if not vault.is_locked:
        vault.lock()


@pytest.fixture
def window(qtbot, app_settings, dialogs, fast_kdf):
    from profileeditor.gui.main_window import MainWindow

    win = MainWindow(app_settings, kdf=fast_kdf)
    qtbot.addWidget(win)
    yield win
    win.shutdown()
