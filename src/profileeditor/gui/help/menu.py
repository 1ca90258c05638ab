"""The Help menu's actions for a main window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from profileeditor.gui.help.about import AboutDialog
from profileeditor.gui.help.guide import GuideDialog
from profileeditor.gui.help.key_check import PassphraseReminder, RecoveryCheckDialog
from profileeditor.gui.help.vault_location import VaultLocationDialog


class HelpActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.reminder = PassphraseReminder(window)

        def action(text: str, slot, name: str) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.triggered.connect(slot)
            return made

        self.guide_action = action(self.tr("User guide"), self.show_guide, "guideAction")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.location_action = action(
            self.tr("Where is my vault?"), self.show_location, "vaultLocationAction"
        )
        self.recovery_check_action = action(
            self.tr("Check my recovery key…"), self.check_recovery_key, "recoveryCheckAction"
        )
        self.about_action = action(self.tr("About Profile Editor"), self.show_about, "aboutAction")

    def vault_actions(self) -> list[QAction]:
        """Actions that need an unlocked vault (the window enables them with the others)."""
        return [self.location_action, self.recovery_check_action]

    def add_menu(self, bar) -> None:
        menu = bar.addMenu(self.tr("&Help"))
        menu.setObjectName("helpMenu")
        menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.location_action)
        menu.addAction(self.recovery_check_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.menu = menu

    def _open(self, dialog):
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_guide(self) -> GuideDialog:
        return self._open(GuideDialog(self.window.lang, self.window))

    def show_about(self) -> AboutDialog:
        return self._open(AboutDialog(self.window))

    def show_location(self) -> VaultLocationDialog | None:
        if self.window.is_locked or self.window.vault_path is None:
            return None
        return self._open(VaultLocationDialog(self.window.vault_path, self.window))

    def check_recovery_key(self) -> RecoveryCheckDialog | None:
        if self.window.is_locked:
            return None
        return self._open(RecoveryCheckDialog(self.window.vault, self.window))

    def vault_opened(self, vault, demo: bool = False, passphrase_typed: bool = False) -> None:
        self.reminder.vault_opened(vault, demo, passphrase_typed)
