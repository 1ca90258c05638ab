"""Every standard dialog (file pickers, message boxes, input boxes, printing) goes through here.

Tests replace the active service with a scripted one (``set_service``) so that no modal dialog
ever blocks an offscreen run, and so that a test can say what the "user" picks.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class DialogService:
    """The real dialogs. Methods return what the user chose, or None/False when cancelled."""

    def choose_directory(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        path = QFileDialog.getExistingDirectory(parent, title, start)
        return path or None

    def choose_new_folder(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        """A path for a folder that does not exist yet (a new vault, a restored backup)."""
        path, _ = QFileDialog.getSaveFileName(
            parent, title, start, "", options=QFileDialog.Option.ShowDirsOnly
        )
        return path or None

    def open_file(
        self, parent: QWidget | None, title: str, file_filter: str = "", start: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, start, file_filter)
        return path or None

    def save_file(
        self, parent: QWidget | None, title: str, file_filter: str = "", start: str = ""
    ) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
        return path or None

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


_service: DialogService = DialogService()


def service() -> DialogService:
    """The active service; call it at the moment of use so a replacement takes effect."""
    return _service


def set_service(replacement: DialogService) -> DialogService:
    """Install ``replacement``; returns the previous service (tests put it back)."""
    global _service
    previous, _service = _service, replacement
    return previous
