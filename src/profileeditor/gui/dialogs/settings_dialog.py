"""Settings: the application's (language, idle lock, recent vaults — in QSettings) and, while a
vault is open, the vault's own (the researcher's name for the history, the legal pretrial
limit, the digits of Arabic text, and the organisation's name and contact on the dossiers'
cover — inside the encrypted database, never in the plaintext settings file).

A new language offers to restart now (``restartRequested``): the shell locks the vault and
builds the windows again in the new language, on the vault's lock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from profileeditor.core import secret_check, wording
from profileeditor.core.facts import DEFAULT_LEGAL_LIMIT_DAYS
from profileeditor.core.repository import SETTING_AUTHOR, SETTING_LEGAL_LIMIT
from profileeditor.export.content import SETTING_CONTACT, SETTING_ORGANISATION
from profileeditor.gui import dialog_service, i18n
from profileeditor.gui.dialogs.campaign_line import CampaignLineFields, limit_line
from profileeditor.gui.settings import AppSettings

MAX_HINT_WIDTH = 460  # px: a longer hint is cut rather than widen the dialog past a laptop


def counted_suffix(spin: QSpinBox, noun: str) -> None:
    """The spin box's unit follows its number as core/wording.py words it ("1 دقيقة", "5 دقائق",
    "11 دقيقة", "100 دقيقة"; "5 minutes"): a fixed suffix read "5 دقيقة"."""

    def agree(n: int) -> None:
        spin.setSuffix(" " + wording.counted_noun(n, noun, i18n.language()))

    spin.valueChanged.connect(agree)
    agree(spin.value())


class SettingsDialog(QDialog):
    restartRequested = Signal()

    def __init__(self, settings: AppSettings, repository=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._repository = repository

        app_box = QGroupBox(self.tr("This computer"), self)
        self.language_combo = QComboBox(app_box)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("العربية", "ar")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.idle_spin = QSpinBox(app_box)
        self.idle_spin.setObjectName("idleSpin")
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setValue(settings.idle_lock_minutes)
        counted_suffix(self.idle_spin, "minute")
        self.recent_check = QCheckBox(self.tr("Remember recently opened vaults"), app_box)
        self.recent_check.setToolTip(
            self.tr(
                "Off by default: a list of vault folders on a seized laptop tells where to look."
            )
        )
        self.recent_check.setChecked(settings.remember_recent)
        app_form = QFormLayout(app_box)
        app_form.addRow(self.tr("Language"), self.language_combo)
        app_form.addRow(self.tr("Lock when idle for"), self.idle_spin)
        app_form.addRow("", self.recent_check)

        self.vault_box = QGroupBox(self.tr("This vault (stored encrypted inside it)"), self)
        self.author_edit = QLineEdit(self.vault_box)
        self.author_edit.setObjectName("authorEdit")
        self.author_edit.setPlaceholderText(self.tr("Shown in the history of each change"))
        self.limit_spin = QSpinBox(self.vault_box)
        self.limit_spin.setObjectName("limitSpin")
        self.limit_spin.setRange(1, 10_000)
        counted_suffix(self.limit_spin, "day")
        # Opt-in (Help menu, issue 13 item 13): after unlocking, ask for the passphrase again.
        self.reminder_combo = QComboBox(self.vault_box)
        self.reminder_combo.setObjectName("passphraseReminderCombo")
        for days in secret_check.REMINDER_CHOICES:
            self.reminder_combo.addItem(
                self.tr("Never") if days == 0 else self.tr("Every %Ln day(s)", "", days), days
            )
        vault_form = QFormLayout(self.vault_box)
        vault_form.addRow(self.tr("Your name"), self.author_edit)
        vault_form.addRow(self.tr("Legal pretrial limit"), self.limit_spin)
        vault_form.addRow(self.tr("Ask me to confirm the passphrase"), self.reminder_combo)
        # Dossiers, the list and the editor write Arabic numbers with these digits.
        self.digits_check = QCheckBox(self.tr("Arabic-Indic digits in Arabic (٠١٢٣)"))
        self.digits_check.setObjectName("arabicDigitsCheck")
        vault_form.addRow("", self.digits_check)
        self.dossier_box = self._dossier_settings()
        if repository is not None:
            self._load_dossier_settings(repository)
            self.digits_check.setChecked(
                bool(repository.get_setting(wording.SETTING_ARABIC_DIGITS, False))
            )
            days = repository.get_setting(secret_check.SETTING_REMINDER_DAYS, 0)
            self.reminder_combo.setCurrentIndex(max(self.reminder_combo.findData(days), 0))
            self.author_edit.setText(repository.get_setting(SETTING_AUTHOR) or "")
            self.limit_spin.setValue(
                int(repository.get_setting(SETTING_LEGAL_LIMIT, DEFAULT_LEGAL_LIMIT_DAYS))
            )
        else:
            self.vault_box.setEnabled(False)
            self.dossier_box.setEnabled(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(app_box)
        layout.addWidget(self.vault_box)
        layout.addWidget(self.dossier_box)
        layout.addWidget(buttons)
        # Each box wide enough for the hint it shows when empty (the dialog was as narrow as
        # its labels, and the hints were cut: "Shown in the history of each chan…").
        for edit in self.findChildren(QLineEdit):
            hint = edit.placeholderText()
            if hint:
                width = edit.fontMetrics().horizontalAdvance(hint) + 24
                edit.setMinimumWidth(min(width, MAX_HINT_WIDTH))

    # --- the dossiers' cover (export/content.py options_from_settings) -----------------------
    def _dossier_settings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dossiers from this vault"), self)
        self.organisation_ar = QLineEdit(box)
        self.organisation_ar.setObjectName("organisationArEdit")
        # Typed and read right to left whatever the interface language.
        self.organisation_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.organisation_en = QLineEdit(box)
        self.organisation_en.setObjectName("organisationEnEdit")
        self.organisation_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.contact_edit = QLineEdit(box)
        self.contact_edit.setObjectName("contactEdit")
        self.contact_edit.setPlaceholderText(self.tr("An address, a phone number or an email"))
        form = QFormLayout(box)
        # Each drawn on the exports, cut there to MAX_SETTING_CHARS: limited here, with a note.
        form.addRow(self.tr("Organisation (Arabic)"), limit_line(self.organisation_ar, box))
        form.addRow(self.tr("Organisation (English)"), limit_line(self.organisation_en, box))
        form.addRow(self.tr("Contact on the cover"), limit_line(self.contact_edit, box))
        self.campaign_line = CampaignLineFields(box, form)  # cards, covers, charts, website
        return box

    def _load_dossier_settings(self, repository) -> None:
        organisation = repository.get_setting(SETTING_ORGANISATION, None) or {}
        if isinstance(organisation, dict):
            self.organisation_ar.setText(organisation.get("ar", ""))
            self.organisation_en.setText(organisation.get("en", ""))
        self.contact_edit.setText(str(repository.get_setting(SETTING_CONTACT, "") or ""))
        self.campaign_line.load(repository)

    def _save_dossier_settings(self, repository) -> None:
        """Only what changed is written (each write is a change in the vault's history)."""
        organisation = {
            lang: edit.text().strip()
            for lang, edit in (("ar", self.organisation_ar), ("en", self.organisation_en))
            if edit.text().strip()
        }
        if organisation != (repository.get_setting(SETTING_ORGANISATION, None) or {}):
            repository.set_setting(SETTING_ORGANISATION, organisation or None)
        contact = self.contact_edit.text().strip()
        if contact != (repository.get_setting(SETTING_CONTACT, "") or ""):
            repository.set_setting(SETTING_CONTACT, contact or None)
        self.campaign_line.save(repository)

    def accept(self) -> None:
        language = self.language_combo.currentData()
        language_changed = language != self._settings.language
        self._settings.language = language
        self._settings.idle_lock_minutes = self.idle_spin.value()
        self._settings.remember_recent = self.recent_check.isChecked()
        self._settings.sync()
        if self._repository is not None:
            author = self.author_edit.text().strip()
            if author != (self._repository.get_setting(SETTING_AUTHOR) or ""):
                self._repository.set_setting(SETTING_AUTHOR, author or None)
            digits = self.digits_check.isChecked()
            if digits != bool(self._repository.get_setting(wording.SETTING_ARABIC_DIGITS, False)):
                self._repository.set_setting(wording.SETTING_ARABIC_DIGITS, digits)
            days = self.reminder_combo.currentData()
            if days != self._repository.get_setting(secret_check.SETTING_REMINDER_DAYS, 0):
                self._repository.set_setting(secret_check.SETTING_REMINDER_DAYS, days)
            if self.limit_spin.value() != self._repository.legal_limit_days:
                self._repository.set_setting(SETTING_LEGAL_LIMIT, self.limit_spin.value())
            self._save_dossier_settings(self._repository)
        super().accept()
        if language_changed and dialog_service.service().confirm(
            self.parentWidget(),
            self.tr("Language"),
            self.tr(
                "Restart now in the new language? The vault is locked and asks for its "
                "passphrase again; your changes are saved. Otherwise the new language applies "
                "the next time Profile Editor starts."
            ),
        ):
            self.restartRequested.emit()
