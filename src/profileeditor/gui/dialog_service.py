"""Every standard dialog (file pickers, message boxes, input boxes, printing) goes through here.

Tests replace the active service with a scripted one (``set_service``) so that no modal dialog
ever blocks an offscreen run, and so that a test can say what the "user" picks. The file
dialogs leave no folder history on disk (see ``_run_file_dialog``).
"""

from __future__ import annotations

import os

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class DialogService:
    """The real dialogs. Methods return what the user chose, or None/False when cancelled."""

    def choose_directory(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        return _run_file_dialog(
            parent,
            title,
            start,
            "",
            QFileDialog.FileMode.Directory,
            QFileDialog.AcceptMode.AcceptOpen,
            QFileDialog.Option.ShowDirsOnly,
        )

    def choose_new_folder(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        """A path for a folder that does not exist yet (a new vault, a restored backup)."""
        return _run_file_dialog(
            parent,
            title,
            start,
            "",
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
            QFileDialog.Option.ShowDirsOnly,
        )

    def open_file(
        self, parent: QWidget | None, title: str, file_filter: str = "", start: str = ""
    ) -> str | None:
        return _run_file_dialog(
            parent,
            title,
            start,
            file_filter,
            QFileDialog.FileMode.ExistingFile,
            QFileDialog.AcceptMode.AcceptOpen,
        )

    def save_file(
        self, parent: QWidget | None, title: str, file_filter: str = "", start: str = ""
    ) -> str | None:
        return _run_file_dialog(
            parent,
            title,
            start,
            file_filter,
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
        )

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def get_text(
        self, parent: QWidget | None, title: str, label: str, secret: bool = False
    ) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, title, label, mode)
        return text if ok else None

    def print_text(self, parent: QWidget | None, title: str, text: str) -> bool:
        # Imported here: QtPrintSupport is only needed when the user asks to print.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setPlainText(text)
        document.print_(printer)
        return True


# QFileDialog saves lastVisited, history, sidebar shortcuts and view state to QtProject.conf in
# the user's config folder when it is destroyed — always, whatever its options — and a native
# (GTK) dialog adds the file to recently-used.xbel. Both would list the folders of vaults and
# exports in plaintext. So the dialogs are Qt's own widgets (never the desktop's), their history
# is cleared, and while one exists Qt's user-scope settings path points where nothing can be
# written (a path under the null device): the save fails silently and nothing reaches the disk.
# The application's own settings object resolved its file when it was made and is unaffected.
_NOWHERE = os.path.join(os.devnull, "profileeditor-no-dialog-history")
_SETTINGS_FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


def _run_file_dialog(
    parent: QWidget | None,
    title: str,
    start: str,
    file_filter: str,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode,
    *options: QFileDialog.Option,
) -> str | None:
    user_config = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation
    )
    for fmt in _SETTINGS_FORMATS:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, _NOWHERE)
    try:
        dialog = QFileDialog(parent, title, start, file_filter)
        try:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            for option in options:
                dialog.setOption(option, True)
            dialog.setFileMode(mode)
            dialog.setAcceptMode(accept)
            dialog.setHistory([])
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            files = dialog.selectedFiles() if accepted else []
            dialog.setHistory([])
        finally:
            shiboken6.delete(dialog)  # its settings are saved now, while they go nowhere
    finally:
        for fmt in _SETTINGS_FORMATS:
            QSettings.setPath(fmt, QSettings.Scope.UserScope, user_config)
    return files[0] if files else None


_service: DialogService = DialogService()


def service() -> DialogService:
    """The active service; call it at the moment of use so a replacement takes effect."""
    return _service


def set_service(replacement: DialogService) -> DialogService:
    """Install ``replacement``; returns the previous service (tests put it back)."""
    global _service
    previous, _service = _service, replacement
    return previous
