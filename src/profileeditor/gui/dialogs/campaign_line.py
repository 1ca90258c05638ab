"""The coalition's campaign line as a vault setting (issue 14 item 4): two fields in the
Settings dialog's dossier box. Every export from the vault reads it
(export.dispatch.vault_campaign_line): the cards' band, the dossiers' cover, the charts, the
website; the command line's ``--campaign-line-ar/-en`` override it for one export. An empty
field leaves that language at the default line (shown as the placeholder)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from profileeditor.export.dispatch import SETTING_CAMPAIGN_LINE
from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE


class CampaignLineFields:
    """Adds "Campaign line (Arabic)" and "(English)" rows to ``form``; ``load`` and ``save``
    read and write the vault's setting."""

    def __init__(self, parent: QWidget, form: QFormLayout) -> None:
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "ar": QCoreApplication.translate("CampaignLineFields", "Campaign line (Arabic)"),
            "en": QCoreApplication.translate("CampaignLineFields", "Campaign line (English)"),
        }
        for lang in ("ar", "en"):
            edit = QLineEdit(parent)
            edit.setObjectName(f"campaignLine{lang.capitalize()}Edit")
            edit.setPlaceholderText(DEFAULT_CAMPAIGN_LINE[lang])
            # Typed and read in its own direction whatever the interface language.
            edit.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
            )
            self.edits[lang] = edit
            form.addRow(labels[lang], edit)

    def load(self, repository) -> None:
        stored = repository.get_setting(SETTING_CAMPAIGN_LINE, None) or {}
        for lang, edit in self.edits.items():
            edit.setText(str(stored.get(lang) or "") if isinstance(stored, dict) else "")

    def save(self, repository) -> None:
        """Written only when it changed (each write is a change in the vault's history)."""
        line = {lang: e.text().strip() for lang, e in self.edits.items() if e.text().strip()}
        if line != (repository.get_setting(SETTING_CAMPAIGN_LINE, None) or {}):
            repository.set_setting(SETTING_CAMPAIGN_LINE, line or None)
