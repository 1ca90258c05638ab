"""Help → Where is my vault?: the open vault's folder, to copy (for a backup or a copy to
another computer). The copy is marked as ours, so locking clears it from the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from profileeditor.gui.secret_clipboard import copy_secret


class VaultLocationDialog(QDialog):
    def __init__(self, vault_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vaultLocationDialog")
        self.setWindowTitle(self.tr("Where is my vault?"))
        self.resize(620, 200)
        explain = QLabel(
            self.tr(
                "The vault is this folder. Everything in it is encrypted; copy the whole folder "
                "to keep a copy elsewhere. It opens only with the passphrase or the recovery key."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.path_edit = QLineEdit(str(Path(vault_path).resolve()), self)
        self.path_edit.setObjectName("vaultPathEdit")
        self.path_edit.setReadOnly(True)
        # A path is Latin text in its own order: left to right even in the Arabic interface.
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path_edit.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("Copy the path"), self)
        self.copy_button.setObjectName("copyVaultPath")
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.path_edit)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        copy_secret(self.path_edit.text())
