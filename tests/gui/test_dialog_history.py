"""Issue 13 item 3 / issue 9.10: choosing files through the real dialogs leaves no folder
history on disk (Qt's QtProject.conf: lastVisited, history, shortcuts; GTK recently-used.xbel).

The dialogs are the real ones, shown offscreen; a timer plays the user (types a path, accepts).
Then the whole config and home folders of the test run are scanned for the folder names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from profileeditor.gui.dialog_service import DialogService


def _answer(qtbot, path: Path, seen: list[QFileDialog]) -> None:
    """When the modal file dialog is up, type ``path`` into it and accept."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, act)
            return
        seen.append(dialog)
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            dialog.setDirectory(str(path))
        else:
            dialog.setDirectory(str(path.parent))
            # Typed into the name field, as a user does (selectFile of a new name in a folder
            # the dialog has not listed yet is dropped).
            dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        dialog.accept()

    QTimer.singleShot(50, act)


def _scan(folders: list[Path], words: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for file in folder.rglob("*"):
            if file.is_file():
                data = file.read_bytes()
                found += [f"{file}: {w}" for w in words if w.encode() in data]
    return found


@pytest.mark.parametrize(
    "which", ["open_file", "save_file", "choose_directory", "choose_new_folder"]
)
def test_dialogs_leave_no_folder_history(qtbot, tmp_path, run_dirs, which):
    secret = tmp_path / f"Secret-Folder-{which}"
    secret.mkdir()
    target = secret / "dossier.pdf"
    target.write_bytes(b"%PDF-1.4\n")
    seen: list[QFileDialog] = []
    service = DialogService()
    if which in ("save_file", "choose_new_folder"):
        target = secret / "new-export.pdf"  # a new name: no "replace?" question
    _answer(qtbot, secret if which == "choose_directory" else target, seen)
    if which == "open_file":
        chosen = service.open_file(None, "Open", "PDF (*.pdf)")
    elif which == "save_file":
        chosen = service.save_file(None, "Save", "PDF (*.pdf)")
    elif which == "choose_directory":
        chosen = service.choose_directory(None, "Folder")
    else:
        chosen = service.choose_new_folder(None, "New folder")
    assert seen, "the real dialog was shown"
    assert chosen and Path(chosen).resolve() in (target.resolve(), secret.resolve())
    QApplication.processEvents()
    leaks = _scan([run_dirs["config"], run_dirs["home"]], [secret.name, str(tmp_path.name)])
    assert not leaks, leaks
