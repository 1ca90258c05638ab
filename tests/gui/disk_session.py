"""One realistic desktop session, run by tests/gui/test_disk_traces.py in a subprocess whose HOME,
XDG folders and TMPDIR point into a fresh tree: create a vault, add profiles, open the main window,
edit and save in the editor, look at the Facts timeline, the Statistics view and its "Save
charts", export the agenda as .ics, export PDF/DOCX/cards/charts/site/JSON at the public level,
lock, unlock and quit.

The file dialogs and message boxes are the application's real ones (gui/dialog_service.py, Qt's
own QFileDialog), answered by a timer as a user would click, so whatever they save on the way
(QtProject.conf, recently-used lists) is on disk for the scan.

Usage: python disk_session.py SPEC.json — the canaries, paths and passphrase (never on disk in
the scanned tree: SPEC lives outside it).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.export.dispatch import export_from_vault
from profileeditor.gui.app import create_application
from profileeditor.gui.main_window import MainWindow
from profileeditor.gui.settings import AppSettings
from profileeditor.importers.json_import import import_document


def wait_until(predicate, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError(getattr(predicate, "__name__", "condition"))
        QApplication.processEvents()
        time.sleep(0.01)


class Clicker:
    """Answers every modal dialog the application opens: a file dialog gets the next path, a
    message box is acknowledged."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog):
            path = self.paths.pop(0)
            self.seen.append(f"file dialog: {modal.windowTitle()}")
            if modal.fileMode() == QFileDialog.FileMode.Directory:
                modal.setDirectory(path)
            else:
                modal.selectFile(path)
            modal.accept()
        elif isinstance(modal, QMessageBox):
            self.seen.append(f"message: {modal.text()[:60]}")
            modal.accept()


def field(editor: QWidget, path: str) -> QWidget:
    return next(w for w in editor.findChildren(QWidget) if w.property("fieldPath") == path)


def main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    vault_path = Path(spec["vault"])
    out = Path(spec["out"])
    passphrase = spec["passphrase"]

    settings = AppSettings()  # the real one: under XDG_CONFIG_HOME
    app = create_application([sys.argv[0]], settings, "en")
    clicker = Clicker()

    vault, _recovery = Vault.create(vault_path, passphrase, KdfParams.insecure_for_tests())
    import_document(vault.repository, spec["document"])
    vault.repository.set_setting("campaign_line", spec["campaign_line"])

    window = MainWindow(settings, kdf=KdfParams.insecure_for_tests())
    window.open_vault(vault)
    window.resize(1280, 800)
    window.show()
    wait_until(lambda: window.isVisible())

    # The editor: select the first profile, type into its biography, save.
    window.select_profile(spec["edit_id"])
    wait_until(lambda: window.editor.current_id() == spec["edit_id"])
    bio = field(window.editor, "bio.en")
    bio.setFocus()
    bio.selectAll()
    QTest.keyClicks(bio, spec["edited_bio"])
    window.editor.flush()
    assert spec["edited_bio"] in vault.repository.get_profile(spec["edit_id"])["bio"]["en"]
    # The Facts tab with its timeline, drawn.
    window.editor.tabs.setCurrentWidget(window.editor.facts)
    QApplication.processEvents()
    window.editor.facts.grab()

    # Statistics, then "Save charts" through the real folder dialog.
    view = window.statistics_view
    window.agenda_view.tabs.setCurrentWidget(view)
    wait_until(lambda: not view.busy and view.figures is not None)
    clicker.paths.append(str(out / "statistics-charts"))
    (out / "statistics-charts").mkdir()
    assert view.save_charts(), clicker.seen

    # The agenda's calendar, through the real save dialog.
    agenda = window.agenda_view
    agenda.tabs.setCurrentWidget(agenda)
    wait_until(lambda: agenda.agenda is not None)
    clicker.paths.append(str(out / "agenda.ics"))
    assert agenda.export_calendar() == out / "agenda.ics", clicker.seen

    # Every export format at the public level, as the export dialog's worker runs them.
    ids = list(vault.repository.ids())
    for fmt, name, options in (
        ("pdf", "dossier.pdf", {}),
        ("docx", "dossier.docx", {}),
        ("card", "cards-portrait", {"card_size": "portrait"}),
        ("card", "cards-square", {"card_size": "square", "card_template": "figure"}),
        ("card", "cards-link", {"card_size": "link"}),
        ("charts", "charts", {}),
        ("site", "site", {}),
        ("json", "profiles.json", {}),
    ):
        written = export_from_vault(
            vault.repository, ids, fmt, out / name, level="public", **options
        )
        assert written, fmt

    # Lock, unlock with the passphrase typed in, quit.
    window.lock()
    wait_until(lambda: window.is_locked)
    unlock = window.unlock_view
    unlock.secret_edit.setText(passphrase)
    QTest.keyClick(unlock.secret_edit, Qt.Key.Key_Return)
    wait_until(lambda: not window.is_locked)
    window.close()
    window.shutdown()
    clicker.timer.stop()
    settings.sync()
    app.processEvents()
    print(json.dumps({"dialogs": clicker.seen}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
