"""Render the application to PNG files, in English and Arabic, with the demo vault:
``python -m profileeditor.gui.screenshots OUTDIR``.

The demo vault is made in a temporary folder with the fast test-only key derivation (it holds
only fictional profiles and is deleted at the end). Look at every picture: clipped labels,
wrong alignment, or boxes instead of Arabic letters are bugs.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

# The window sizes a researcher's laptop gives (issue 13 item 5): nothing may be cut at either.
SIZES = ((1280, 800), (1024, 700))


def render_sizes(window, out_dir: Path, lang: str) -> list[Path]:
    """The main window and the editor alone at each of SIZES."""
    from PySide6.QtWidgets import QApplication

    written = []
    for width, height in SIZES:
        window.resize(width, height)
        for _ in range(3):
            QApplication.processEvents()
        for widget, name in ((window, "main-window"), (window.editor, "editor")):
            path = out_dir / f"{name}-{width}x{height}-{lang}.png"
            widget.grab().save(str(path))
            written.append(path)
    return written


def render(out_dir: Path, languages=("en", "ar")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTabWidget

    from profileeditor.core.keyfile import KdfParams
    from profileeditor.gui import i18n
    from profileeditor.gui.app import create_application
    from profileeditor.gui.dialogs.backups import BackupsDialog
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
            tabs = window.editor.findChild(QTabWidget)
            if tabs is not None:
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    save(window.editor, f"editor-tab{index + 1}")
                tabs.setCurrentIndex(0)
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
