"""Hostile direction controls in user text: a right-to-left override (U+202E) typed or pasted into
a name, a biography, the campaign line or the organisation turns the rest of its line around, so
"Salma \u202eRuosnam" is drawn "Salma mansouR" and a field after it on the same line is reversed
too. Exports drop embeddings, overrides and isolates from what the user typed (the exports place
their own isolates) in the PDF, DOCX, cards, website, JSON and calendar."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from profileeditor.core import bidi
from profileeditor.export.content import SETTING_CONTACT, SETTING_ORGANISATION
from profileeditor.export.dispatch import SETTING_CAMPAIGN_LINE, export_from_vault
from profileeditor.importers.json_import import import_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

RLO, LRO, RLE, LRE, PDF_MARK = "\u202e", "\u202d", "\u202b", "\u202a", "\u202c"
OVERRIDES = (RLO, LRO, RLE, LRE, PDF_MARK)
HOSTILE_NAME_EN = f"Salma {RLO}Ruosnam"
HOSTILE_NAME_AR = f"سلمى {RLO}منصور"


def _hostile(profile: dict) -> dict:
    profile = json.loads(json.dumps(profile))
    profile["name"] = {"ar": HOSTILE_NAME_AR, "en": HOSTILE_NAME_EN}
    profile["aliases"] = [f"{LRO}Alias one", f"{RLE}اسم آخر\u2068"]
    profile["bio"]["en"] = f"Bio {LRE}with embeddings{PDF_MARK} and an open isolate \u2066here"
    return profile


def _vault_with(vault, profile: dict, hostile_settings: bool):
    import_document(
        vault.repository, {"format": "profileeditor.profiles", "version": 1, "profiles": [profile]}
    )
    if hostile_settings:
        vault.repository.set_setting(SETTING_CAMPAIGN_LINE, {"en": f"Free {RLO}all", "ar": "حرية"})
        vault.repository.set_setting(SETTING_ORGANISATION, {"en": f"Org {RLO}gnaw", "ar": "جهة"})
        vault.repository.set_setting(SETTING_CONTACT, f"mail {RLO}moc.x@a")
    return vault


def _texts(out: Path) -> dict[str, str]:
    """What a reader finds in each written file: the PDF's text layer, DOCX's XML, the rest."""
    import pymupdf

    found = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        if path.suffix == ".pdf":
            with pymupdf.open(path) as doc:
                found[path.name] = "".join(page.get_text() for page in doc)
        elif path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                found[path.name] = "".join(
                    archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith("xml")
                )
        elif path.suffix in (".html", ".json", ".svg", ".ics", ".txt", ".xml"):
            found[str(path.relative_to(out))] = path.read_text(encoding="utf-8")
    return found


@pytest.mark.parametrize("fmt", ["pdf", "docx", "site", "json"])
def test_no_override_from_user_text_reaches_an_export(vault, sample_profiles, tmp_path, fmt):
    profile = _hostile(sample_profiles[0])
    _vault_with(vault, profile, hostile_settings=True)
    out = tmp_path / ("export." + fmt if fmt in ("pdf", "docx", "json") else "site")
    export_from_vault(vault.repository, [profile["id"]], fmt, out, level="public")
    texts = _texts(tmp_path)
    assert texts
    carried = {name: [f"U+{ord(c):04X}" for c in OVERRIDES if c in t] for name, t in texts.items()}
    assert {n: c for n, c in carried.items() if c} == {}
    everything = "".join(texts.values())
    # The name reads as typed, not reversed by the override (PDF: fpdf2's bidi pass applies it).
    assert "Ruosnam" in everything
    assert "mansouR" not in everything
    if fmt == "json":  # the interchange file carries no isolate the user's text did not need
        assert not any(c in everything for c in "\u2066\u2067\u2068\u2069")


def _card(vault, profile, out: Path) -> Image.Image:
    written = export_from_vault(
        vault.repository, [profile["id"]], "card", out, level="public", card_size="square"
    )
    return Image.open(written[0]).convert("RGB")


def test_a_card_draws_a_hostile_name_as_its_plain_form(vault_path, tmp_path, sample_profiles):
    from profileeditor.core.keyfile import KdfParams
    from profileeditor.core.vault import Vault

    plain = json.loads(json.dumps(sample_profiles[0]))
    plain["name"] = {"ar": bidi.strip(HOSTILE_NAME_AR), "en": bidi.strip(HOSTILE_NAME_EN)}
    hostile = json.loads(json.dumps(plain))
    hostile["name"] = {"ar": HOSTILE_NAME_AR, "en": HOSTILE_NAME_EN}
    images = []
    for number, profile in enumerate((plain, hostile)):
        opened, _ = Vault.create(
            tmp_path / f"v{number}.pevault", "a passphrase", KdfParams.insecure_for_tests()
        )
        with opened:
            _vault_with(opened, profile, hostile_settings=False)
            images.append(_card(opened, profile, tmp_path / f"card{number}.png"))
    assert ImageChops.difference(*images).getbbox() is None  # the same pixels


def test_the_calendar_carries_no_override(tmp_path):
    from agenda_fixture import TODAY, profiles

    from profileeditor.core import agenda as ag
    from profileeditor.export import ics

    people = profiles()
    for person in people:
        person["name"] = {"ar": HOSTILE_NAME_AR, "en": HOSTILE_NAME_EN}
    agenda = ag.build_from_profiles(people, today=TODAY, level="public")
    assert agenda.items
    data = ics.calendar_bytes(agenda, "5b0c1f3e-0d5e-4a53-9b1a-2f1c8d2e7a10", "en").decode()
    assert "Ruosnam" in data.replace("\r\n ", "")
    assert not any(c in data for c in OVERRIDES)


def test_neutralise_keeps_marks_and_drops_overrides():
    assert bidi.neutralise(f"a{RLO}b{LRO}c{RLE}d{LRE}e{PDF_MARK}f\u2066g\u2069") == "abcdefg"
    assert bidi.neutralise("a\u200fb\u200ec\u061cd") == "a\u200fb\u200ec\u061cd"  # marks stay


def test_a_huge_campaign_line_costs_a_card_no_more_than_a_full_one(tmp_path, sample_profiles):
    """A campaign line (or name) thousands of words long is cut before it is measured: the card
    takes about as long as one whose line just fills it (it was measured once per word dropped,
    30 s for 3,000 characters) and shows the same words."""
    import time

    from profileeditor.export.dispatch import export_profiles

    profile = json.loads(json.dumps(sample_profiles[0]))
    words = "Free every prisoner held without trial in every governorate "

    def card(line: str, name: str) -> tuple[float, Image.Image]:
        start = time.perf_counter()
        written = export_profiles(
            [profile], "card", tmp_path / name, lang="en", campaign_line={"en": line, "ar": ""}
        )
        return time.perf_counter() - start, Image.open(written[0]).convert("RGB")

    card(words, "warm.png")  # fonts loaded once
    full_time, full = card(words * 40, "full.png")  # 2,400 characters: cut at the line's end
    huge_time, huge = card(words * 2000, "huge.png")  # 120,000 characters
    assert ImageChops.difference(full, huge).getbbox() is None
    assert huge_time < 3 * full_time + 0.5, (huge_time, full_time)


def test_control_characters_and_a_huge_campaign_line_in_the_vault_settings(
    vault, sample_profiles, tmp_path
):
    """The organisation, its contact and the campaign line are the vault's settings, typed by
    anyone who holds the vault: a NUL or an escape in them made the DOCX unwritable ("All
    strings must be XML compatible"), and a 200,000-character campaign line held the charts
    export for minutes. Each is one line of bounded length on the way out."""
    import time

    profile = json.loads(json.dumps(sample_profiles[0]))
    _vault_with(vault, profile, hostile_settings=False)
    repo, ids = vault.repository, [profile["id"]]

    def charts(name: str) -> float:
        start = time.perf_counter()
        export_from_vault(repo, ids, "charts", tmp_path / name, level="public", lang="en")
        return time.perf_counter() - start

    repo.set_setting(SETTING_CAMPAIGN_LINE, {"en": "Free them all", "ar": "الحرية للجميع"})
    charts("warm")
    short_time = charts("short")
    repo.set_setting(SETTING_CAMPAIGN_LINE, {"en": "Free them all " * 15_000, "ar": ""})
    huge_time = charts("huge")
    assert huge_time < 3 * short_time + 1, (huge_time, short_time)
    svg = next((tmp_path / "huge").rglob("*.svg")).read_text(encoding="utf-8")
    assert svg.count("Free them all") < 100

    repo.set_setting(SETTING_CAMPAIGN_LINE, {"en": "Free\x00 them\x1b[31m all", "ar": ""})
    repo.set_setting(SETTING_ORGANISATION, {"en": "Org\x00anisation\x07 name", "ar": ""})
    repo.set_setting(SETTING_CONTACT, "mail\x0b me\r\nat x@example.org")
    out = tmp_path / "dossier.docx"
    export_from_vault(repo, ids, "docx", out, level="public", lang="en")
    xml = _texts(tmp_path)["dossier.docx"]
    assert "Org anisation name" in xml and "mail me at x@example.org" in xml
