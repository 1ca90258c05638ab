"""Render the application to PNG files, in English and Arabic, with the demo vault:
``python -m profileeditor.gui.screenshots OUTDIR``.

The demo vault is made in a temporary folder with the fast test-only key derivation (it holds
only fictional profiles and is deleted at the end). At both laptop sizes (SIZES): the main
window, the editor on every tab, the Agenda and Statistics tabs; then the dialogs (export,
backups, settings, the Help screens), the lock screen and the welcome screen. Look at every
picture: clipped labels, wrong alignment, or boxes instead of Arabic letters are bugs.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

# The window sizes a researcher's laptop gives (issue 13 item 5): nothing may be cut at either.
SIZES = ((1280, 800), (1024, 700))


def _settle(app, until=None, rounds: int = 3) -> None:
    """Let layouts (and a worker's callback, ``until`` it holds) run."""
    for _ in range(rounds):
        app.processEvents()
    while until is not None and not until():
        app.processEvents()


def render_sizes(window, out_dir: Path, lang: str) -> list[Path]:
    """At each of SIZES: the main window, the editor alone on every one of its tabs, and the
    main window on the Agenda and the Statistics tabs."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    written = []
    editor = window.editor
    side = window.agenda_view.tabs
    statistics = window.statistics_view

    def save(widget, name: str) -> None:
        _settle(app)
        path = out_dir / f"{name}-{lang}.png"
        widget.grab().save(str(path))
        written.append(path)

    for width, height in SIZES:
        size = f"{width}x{height}"
        window.resize(width, height)
        side.setCurrentIndex(0)
        save(window, f"main-window-{size}")
        save(editor, f"editor-{size}")
        for index in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(index)
            save(editor, f"editor-tab{index + 1:02d}-{size}")
        editor.tabs.setCurrentIndex(0)
        side.setCurrentWidget(window.agenda_view)
        save(window, f"agenda-{size}")
        side.setCurrentWidget(statistics)
        _settle(app, lambda: not statistics.busy and statistics.figures is not None)
        save(window, f"statistics-{size}")
        side.setCurrentIndex(0)
    return written


def render_help(window, out_dir: Path, lang: str) -> list[Path]:
    """The Help menu's screens: the user guide, where the vault is, the recovery-key check
    and About."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    written = []
    help_actions = window.help_actions
    for name, show in (
        ("help-guide", help_actions.show_guide),
        ("help-vault-location", help_actions.show_location),
        ("help-recovery-check", help_actions.check_recovery_key),
        ("help-about", help_actions.show_about),
    ):
        dialog = show()
        _settle(app)
        path = out_dir / f"{name}-{lang}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.reject()
    return written


def render(out_dir: Path, languages=("en", "ar")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from profileeditor.core.keyfile import KdfParams
    from profileeditor.gui import i18n
    from profileeditor.gui.app import create_application
    from profileeditor.gui.dialogs.backups import BackupsDialog
    from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
    from profileeditor.gui.dialogs.welcome import WelcomeDialog, create_demo_vault
    from profileeditor.gui.settings import AppSettings

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    scratch = Path(tempfile.mkdtemp(prefix="profileeditor-shots-"))
    try:
        settings = AppSettings(scratch / "settings.ini")
        app = create_application(sys.argv[:1], settings, "en")
        from profileeditor.gui.main_window import MainWindow

        for lang in languages:
            settings.language = lang
            i18n.install(app, lang)
            vault, demo_dir = create_demo_vault(KdfParams.insecure_for_tests())
            window = MainWindow(settings)
            window.resize(1440, 900)
            window.open_vault(vault, demo_dir)
            window.table.selectRow(0)
            window.show()
            QApplication.processEvents()

            def save(widget, name: str, lang: str = lang) -> None:
                QApplication.processEvents()
                path = out_dir / f"{name}-{lang}.png"
                widget.grab().save(str(path))
                written.append(path)

            save(window, "main-window")
            written.extend(render_sizes(window, out_dir, lang))
            window.resize(1440, 900)
            written.extend(render_help(window, out_dir, lang))
            settings_dialog = SettingsDialog(settings, window.repository, window)
            settings_dialog.show()
            save(settings_dialog, "settings-dialog")
            settings_dialog.reject()
            export = window.show_export()
            export.set_format("pdf")
            export.path_edit.setText(str(Path.home() / "dossier-public.pdf"))
            save(export, "export-dialog")
            export.reject()
            backup = window.create_backup()
            backup.wait()
            QApplication.processEvents()  # the backup's callback, on this thread
            window.show_backups()
            save(window.findChild(BackupsDialog), "backups-dialog")
            window.findChild(BackupsDialog).reject()
            window.lock()
            save(window, "unlock")
            welcome = WelcomeDialog(settings, parent=window)
            welcome.show()
            save(welcome, "welcome")
            welcome.close()
            window.shutdown()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    # The import preview and duplicates views need a scripted sheet: their own module.
    from profileeditor.gui.dialogs import data_screenshots

    return written + data_screenshots.render(out_dir, languages)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m profileeditor.gui.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in render(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
