"""Application start: the QApplication, bundled fonts, translators, the shell that owns the main
window (and builds it again in another language), and ``main(argv)`` — the entry point the
command line calls for ``profileeditor`` and ``profileeditor gui [VAULT]``.

A restart for a new language happens inside the process: the old window's vault is locked (its
usual lock: the editor saved, jobs cancelled, dialogs closed, our clipboard text cleared), the
window is closed, the translators are swapped and a new window opens on the same vault's lock
screen. The vault asks for its passphrase again rather than passing the open key to the new
window: the lock path is the one every idle lock exercises, so nothing of the old window (an
undo history, a half-finished dialog, a worker's connection) survives into the new one, and
asking costs one passphrase at a moment the user chose.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from profileeditor.gui import i18n
from profileeditor.gui.settings import AppSettings
from profileeditor.resources import resources_dir

APP_NAME = "Profile Editor"
# Latin first, Arabic second: Qt falls back along the list per character, so Arabic renders on a
# machine that has no Arabic font of its own.
UI_FONT_FAMILIES = ["Noto Sans", "Noto Naskh Arabic"]


def register_fonts() -> list[str]:
    """Register every bundled font; returns the families that loaded."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families
            ]
    return families


def create_application(argv: list[str], settings: AppSettings, language: str | None = None):
    """The one QApplication (reused if it exists, as under pytest-qt), fonts and language set."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ProfileEditor")
    app.setDesktopFileName("profileeditor")
    families = register_fonts()
    font = QFont(app.font())
    wanted = [f for f in UI_FONT_FAMILIES if f in families]
    if wanted:
        font.setFamilies(wanted)
        app.setFont(font)
    i18n.install(app, language or settings.language)
    return app


class Shell:
    """Owns the main window; builds it again when it asks to restart (a new language)."""

    def __init__(self, app: QApplication, settings: AppSettings, kdf=None):
        self.app = app
        self.settings = settings
        self._kdf = kdf  # tests pass a fast one
        self.window = None
        self.restarts = 0

    def _new_window(self):
        # Imported when needed: widgets may read fonts and translations at import.
        from profileeditor.gui.main_window import MainWindow

        i18n.install(self.app, self.settings.language)
        window = MainWindow(self.settings, kdf=self._kdf)
        window.restartRequested.connect(self._restart_requested)
        self.window = window
        return window

    def start(self, vault_path: Path | None = None) -> bool:
        """The welcome (or unlock) screen, again in a new language if the user picks one
        there; True when a vault is open and the window shown."""
        while True:
            window = self._new_window()
            if window.start(vault_path):
                window.show()
                return True
            if not window.restart_requested:
                return False
            self._dispose(window)
            self.restarts += 1

    def _restart_requested(self) -> None:
        window = self.window
        if window is None or not window.isVisible():
            return  # during start(): its loop builds the next window
        self.restart()

    def restart(self):
        """Lock the vault, close the window, open a new one in the settings' language on the
        same vault's lock screen."""
        old = self.window
        assert old is not None
        vault_path, demo_dir = old.vault_path, old.demo_dir
        geometry = old.saveGeometry()
        if not old.is_locked:
            old.lock()
        old.demo_dir = None  # the demo vault's folder lives on in the new window
        # An edit the vault refused up to the lock lives on too (in memory): the same vault is
        # locked, not closed.
        kept = old.editor.take_kept_edit()
        self._dispose(old)
        window = self._new_window()
        window.restoreGeometry(geometry)
        if vault_path is not None:
            window.show_locked(vault_path, demo_dir, kept_edit=kept)
        window.show()
        self.restarts += 1
        return window

    def _dispose(self, window) -> None:
        # Closing the last window would end app.exec(): not while its successor is built.
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        try:
            window.close()
            window.shutdown()
            window.deleteLater()
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.shutdown()


def main(argv: list[str] | None = None) -> int:
    """Start the desktop application; ``argv[1]``, when given, is a vault folder to unlock."""
    from profileeditor.core.hardening import harden_process

    harden_process()  # no core dump may hold the key, a passphrase or a profile
    argv = list(sys.argv if argv is None else argv)
    settings = AppSettings()
    app = create_application(argv, settings)
    from profileeditor.gui import excepthook

    vault_path = Path(argv[1]) if len(argv) > 1 and argv[1] else None
    shell = Shell(app, settings)
    excepthook.install(lambda: shell.window)  # an uncaught error is shown, not swallowed
    if not shell.start(vault_path):
        shell.shutdown()
        return 0
    try:
        return app.exec()
    finally:
        shell.shutdown()
