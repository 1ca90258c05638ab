"""The coalition's campaign line as a vault setting (issue 14 item 4): two fields in the
Settings dialog's dossier box. Every export from the vault reads it
(export.dispatch.vault_campaign_line): the cards' band, the dossiers' cover, the charts, the
website; the command line's ``--campaign-line-ar/-en`` override it for one export. An empty
field leaves that language at the default line (shown as the placeholder).

A vault setting drawn on the exports is cut at export to export/content.MAX_SETTING_CHARS
(``setting_line``); the field takes no more (``limit_line``), and says so under it when the
limit is reached — a longer line typed, pasted or stored before was cut silently at export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from profileeditor.core import wording
from profileeditor.export.content import MAX_SETTING_CHARS
from profileeditor.export.dispatch import SETTING_CAMPAIGN_LINE
from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE
from profileeditor.gui import i18n


def limit_line(edit: QLineEdit, parent: QWidget) -> QWidget:
    """``edit`` taking at most MAX_SETTING_CHARS characters, in a box with the note shown under
    it while the text is at the limit (what was typed or pasted past it was not taken). Returns
    the box, to add to the form in the edit's place; the note is ``edit.limit_note``."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    edit.setParent(box)
    edit.setMaxLength(MAX_SETTING_CHARS)
    note = QLabel(box)
    note.setObjectName(edit.objectName() + "LimitNote")
    # One short line, not wrapped: a wrapped label in the dialog's form was given one line's
    # height and cut in half.
    note.setStyleSheet("color: #b71c1c;")
    limit = wording.number(MAX_SETTING_CHARS, i18n.language(), i18n.arabic_digits())
    note.setText(
        QCoreApplication.translate(
            "CampaignLineFields", "At most %1 characters; the rest was not taken."
        ).replace("%1", limit)
    )
    note.setToolTip(
        QCoreApplication.translate(
            "CampaignLineFields", "The covers, cards, charts and website show no more than this."
        )
    )
    note.hide()
    column.addWidget(edit)
    column.addWidget(note)

    def follow(text: str) -> None:
        note.setVisible(len(text) >= MAX_SETTING_CHARS)

    edit.textChanged.connect(follow)
    edit.limit_note = note  # type: ignore[attr-defined]
    return box


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
            form.addRow(labels[lang], limit_line(edit, parent))

    def load(self, repository) -> None:
        stored = repository.get_setting(SETTING_CAMPAIGN_LINE, None) or {}
        for lang, edit in self.edits.items():
            edit.setText(str(stored.get(lang) or "") if isinstance(stored, dict) else "")

    def save(self, repository) -> None:
        """Written only when it changed (each write is a change in the vault's history)."""
        line = {lang: e.text().strip() for lang, e in self.edits.items() if e.text().strip()}
        if line != (repository.get_setting(SETTING_CAMPAIGN_LINE, None) or {}):
            repository.set_setting(SETTING_CAMPAIGN_LINE, line or None)
