"""The unlock screen's layout: the vault's folder name, the passphrase (or recovery key) field,
the Unlock button, a message line and the "restore the latest backup" offer. The unlock
controller (dialogs/unlock.py) decides what happens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnlockView(QWidget):
    submitted = Signal()
    restoreBackupRequested = Signal()
    otherVaultRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockView")
        box = QFrame(self)
        box.setObjectName("unlockBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)

        self.title = QLabel(self.tr("This vault is locked"), box)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.vault_label = QLabel(box)
        self.vault_label.setObjectName("vaultLabel")
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label = QLabel(self.tr("Passphrase"), box)
        self.secret_edit = QLineEdit(box)
        self.secret_edit.setObjectName("secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret_edit)
        self.recovery_check = QCheckBox(self.tr("Unlock with the recovery key instead"), box)
        self.unlock_button = QPushButton(self.tr("Unlock"), box)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.other_button = QPushButton(self.tr("Another vault…"), box)
        self.message = QLabel(box)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.restore_button = QPushButton(self.tr("Restore the latest backup…"), box)
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 24, 24, 24)
        inner.addWidget(self.title)
        inner.addWidget(self.vault_label)
        inner.addSpacing(12)
        inner.addWidget(self.secret_label)
        inner.addWidget(self.secret_edit)
        inner.addWidget(self.recovery_check)
        inner.addWidget(self.message)
        inner.addWidget(self.restore_button)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self.submitted)
        self.secret_edit.returnPressed.connect(self.submitted)
        self.restore_button.clicked.connect(self.restoreBackupRequested)
        self.other_button.clicked.connect(self.otherVaultRequested)
        self.recovery_check.toggled.connect(self._recovery_toggled)

    def _recovery_toggled(self, on: bool) -> None:
        self.secret_label.setText(self.tr("Recovery key") if on else self.tr("Passphrase"))
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        self.secret_edit.clear()
        self.secret_edit.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def reset(self) -> None:
        """Empty every field (on lock and after an unlock)."""
        self.secret_edit.clear()
        self.recovery_check.setChecked(False)
        self.message.clear()
        self.restore_button.hide()
        self.unlock_button.setEnabled(True)
        self.secret_edit.setEnabled(True)
