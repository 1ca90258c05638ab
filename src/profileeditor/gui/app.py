"""Application start: the QApplication, bundled fonts, translators, and ``main(argv)`` — the
entry point the command line calls for ``profileeditor`` and ``profileeditor gui [VAULT]``."""

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


def main(argv: list[str] | None = None) -> int:
    """Start the desktop application; ``argv[1]``, when given, is a vault folder to unlock."""
    from profileeditor.core.hardening import harden_process

    harden_process()  # no core dump may hold the key, a passphrase or a profile
    argv = list(sys.argv if argv is None else argv)
    settings = AppSettings()
    app = create_application(argv, settings)
    # Imported after the application exists: widgets may read fonts and translations at import.
    from profileeditor.gui.main_window import MainWindow

    vault_path = Path(argv[1]) if len(argv) > 1 and argv[1] else None
    window = MainWindow(settings)
    from profileeditor.gui import excepthook

    excepthook.install(lambda: window)  # an uncaught error is shown, not swallowed or fatal
    if not window.start(vault_path):
        return 0
    window.show()
    try:
        return app.exec()
    finally:
        window.shutdown()
