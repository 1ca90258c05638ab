"""The vault's dossier settings in the Settings dialog: Arabic-Indic digits, the organisation's
name in both languages and its contact, stored encrypted in the vault and read by the export
(the cover and the digits of a PDF written through the one export entry point)."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from profileeditor.core import wording
from profileeditor.export.content import SETTING_CONTACT, SETTING_ORGANISATION
from profileeditor.export.dispatch import export_from_vault
from profileeditor.gui import i18n
from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
from profileeditor.gui.settings import AppSettings

NEW = [
    "Dossiers from this vault",
    "An address, a phone number or an email",
    "Organisation (Arabic)",
    "Organisation (English)",
    "Contact on the cover",
]


@pytest.fixture
def app_settings(tmp_path):
    return AppSettings(tmp_path / "settings.ini")


def test_dossier_settings_are_stored_and_reach_the_dossier(qtbot, vault, app_settings, tmp_path):
    repo = vault.repository
    dialog = SettingsDialog(app_settings, repo)
    qtbot.addWidget(dialog)
    assert not dialog.digits_check.isChecked() and not dialog.organisation_ar.text()
    dialog.digits_check.setChecked(True)
    dialog.organisation_ar.setText("تنسيقية الحقوق")
    dialog.organisation_en.setText("Rights Coalition")
    dialog.contact_edit.setText("contact@example.org")
    dialog.accept()
    assert repo.get_setting(wording.SETTING_ARABIC_DIGITS) is True
    assert repo.get_setting(SETTING_ORGANISATION) == {
        "ar": "تنسيقية الحقوق",
        "en": "Rights Coalition",
    }
    assert repo.get_setting(SETTING_CONTACT) == "contact@example.org"
    again = SettingsDialog(app_settings, repo)
    qtbot.addWidget(again)
    assert again.digits_check.isChecked()
    assert again.organisation_en.text() == "Rights Coalition"
    assert again.contact_edit.text() == "contact@example.org"

    profile = {
        "id": "00000000-0000-4000-8000-000000000001",
        "name": {"ar": "مروة عرفة", "en": "Marwa Arafa"},
        "status": "detained",
        "consent": {"level": "full"},
        "detentions": [{"id": "00000000-0000-4000-8000-0000000000d1", "arrest_date": "2019-09-29"}],
    }
    repo.create_profile(profile)
    out = tmp_path / "d.pdf"
    export_from_vault(repo, [profile["id"]], "pdf", out, lang="ar", today=date(2026, 1, 1))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    cover = text.split("\f")[0]
    assert "تنسيقية الحقوق" in cover and "contact@example.org" in cover
    assert "٢٠١٩" in text and not re.search("[0-9]{4}", text.split("\f")[2])

    # Cleared fields are cleared in the vault, not left at their old value.
    again.organisation_ar.clear()
    again.organisation_en.clear()
    again.contact_edit.clear()
    again.accept()
    assert not repo.get_setting(SETTING_ORGANISATION) and not repo.get_setting(SETTING_CONTACT)


def test_dossier_settings_in_arabic(qapp, qtbot, vault, app_settings, tmp_path):
    old = QLocale()
    loaded = i18n.install(qapp, "ar")
    try:
        assert "dossier_ar" in loaded
        for source in NEW:
            text = QCoreApplication.translate("SettingsDialog", source)
            assert text != source and not re.search("[A-Za-z]{3,}", text), source
        dialog = SettingsDialog(app_settings, vault.repository)
        qtbot.addWidget(dialog)
        assert dialog.dossier_box.title() == "الملفات المُصدَّرة من هذه الخزنة"
        dialog.show()
        dialog.grab().save(str(tmp_path / "settings-ar.png"))
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(old)


def test_the_idle_lock_and_the_limit_say_their_unit_as_arabic_counts_it(
    qapp, qtbot, vault, app_settings, tmp_path
):
    """The idle lock read "5 دقيقة" (a fixed suffix): 3 to 10 take the plural, 11 to 99 the
    singular, a round hundred the genitive; the legal limit read "5 يومًا" the same way."""
    old = QLocale()
    i18n.install(qapp, "ar")
    try:
        dialog = SettingsDialog(app_settings, vault.repository)
        qtbot.addWidget(dialog)
        minutes = {1: "دقيقة", 2: "دقيقتان", 5: "دقائق", 11: "دقيقة", 100: "دقيقة"}
        for n, noun in minutes.items():
            dialog.idle_spin.setValue(n)
            assert dialog.idle_spin.suffix() == f" {noun}", n
            assert dialog.idle_spin.text().endswith(f" {noun}"), n
        for n, noun in {5: "أيام", 730: "يومًا", 1000: "يوم"}.items():
            dialog.limit_spin.setValue(n)
            assert dialog.limit_spin.suffix() == f" {noun}", n
        dialog.idle_spin.setValue(5)
        dialog.show()
        dialog.grab().save(str(tmp_path / "settings-minutes-ar.png"))
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(old)
    english = SettingsDialog(app_settings, vault.repository)
    qtbot.addWidget(english)
    english.idle_spin.setValue(1)
    assert english.idle_spin.suffix() == " minute"
    english.idle_spin.setValue(15)
    assert english.idle_spin.suffix() == " minutes"
