"""The coalition's line as a vault setting (Settings dialog): stored in the vault, on the cards
the export writes, an empty field back to the default, the command line's flag above it."""

from __future__ import annotations

import copy
from datetime import date

from PIL import Image

from profileeditor.export.card import layout_card
from profileeditor.export.dispatch import (
    SETTING_CAMPAIGN_LINE,
    export_from_vault,
    vault_campaign_line,
)
from profileeditor.export.strings import DEFAULT_CAMPAIGN_LINE
from profileeditor.gui.dialogs.settings_dialog import SettingsDialog
from profileeditor.gui.settings import AppSettings
from profileeditor.importers.json_import import import_document

TODAY = date(2024, 6, 1)


def test_campaign_line_setting_reaches_the_cards(qtbot, vault, sample_profiles, tmp_path):
    consented = [p for p in sample_profiles if (p.get("consent") or {}).get("level") == "full"]
    repo = vault.repository
    import_document(
        repo,
        {
            "format": "profileeditor.profiles",
            "version": 1,
            "profiles": copy.deepcopy(consented[:1]),
        },
    )
    dialog = SettingsDialog(AppSettings(tmp_path / "s.ini"), repo)
    qtbot.addWidget(dialog)
    ar, en = dialog.campaign_line.edits["ar"], dialog.campaign_line.edits["en"]
    assert not ar.text() and ar.placeholderText() == DEFAULT_CAMPAIGN_LINE["ar"]
    ar.setText("الحرية لكل سجناء الرأي")
    en.setText("Free all prisoners of conscience")
    dialog.accept()
    assert repo.get_setting(SETTING_CAMPAIGN_LINE) == {
        "ar": "الحرية لكل سجناء الرأي",
        "en": "Free all prisoners of conscience",
    }
    out = tmp_path / "card.png"
    export_from_vault(repo, repo.ids(), "card", out, lang="ar+en", today=TODAY)
    stored = repo.get_profile(repo.ids()[0])
    expected, layout = layout_card(
        stored, lang="ar+en", today=TODAY, legal_limit_days=repo.legal_limit_days,
        campaign_line=vault_campaign_line(repo),
    )  # fmt: skip
    assert {t.text for t in layout.of("line")} == {
        "الحرية لكل سجناء الرأي",
        "Free all prisoners of conscience",
    }
    with Image.open(out) as img:
        assert img.tobytes() == expected.tobytes()
    # A flag for one export wins over the setting; an emptied field is the default again.
    assert vault_campaign_line(repo, en="Free them")["en"] == "Free them"
    dialog = SettingsDialog(AppSettings(tmp_path / "s.ini"), repo)
    qtbot.addWidget(dialog)
    assert dialog.campaign_line.edits["en"].text() == "Free all prisoners of conscience"
    dialog.campaign_line.edits["en"].clear()
    dialog.accept()
    assert vault_campaign_line(repo) == {
        "ar": "الحرية لكل سجناء الرأي",
        "en": DEFAULT_CAMPAIGN_LINE["en"],
    }
