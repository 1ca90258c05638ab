"""The dossier's rows come from the field catalogue: a field catalogued for any record is printed
with its catalogue label, by its formatter, without an edit to export/content.py."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from profileeditor.core import catalogue
from profileeditor.export.content import build_view

TODAY = date(2026, 1, 1)
UID = "00000000-0000-4000-8000-0000000000%02d"


def _profile() -> dict:
    return {
        "id": UID % 1,
        "name": {"ar": "سلمى حسن", "en": "Salma Hassan"},
        "sex": "female",
        "consent": {"level": "full"},
        "detentions": [
            {
                "id": UID % 2,
                "arrest_date": "2020-03-01",
                "facilities": [{"name": {"en": "Qanater"}, "from": "2020-03-02"}],
            }
        ],
        "cases": [
            {
                "id": UID % 3,
                "number": "441",
                "year": 2020,
                "proceedings": [{"id": UID % 4, "date": "2020-04-01", "type": "renewal"}],
            }
        ],
        "events": [{"id": UID % 5, "date": "2020-03-01", "type": "arrest"}],
        "sources": [{"id": UID % 6, "title": "A report", "level": "public"}],
        "attachments": [{"id": UID % 7, "filename": "order.pdf", "level": "public"}],
    }


def _items(profile: dict, record_path: str) -> list[dict]:
    """The records at ``record_path`` ("" the profile, "cases.proceedings", ...)."""
    found = [profile]
    for part in record_path.split(".") if record_path else []:
        found = [item for parent in found for item in parent.get(part) or []]
    return found


def _printed(view) -> str:
    """Everything the view prints (not the raw profile the first page keeps for its timeline)."""
    printed = asdict(view)
    if printed.get("first_page"):
        printed["first_page"].pop("profile", None)
    return repr(printed)


@pytest.mark.parametrize(
    "record",
    [spec.path for spec in catalogue.record_specs() if not spec.scalar_list],
    ids=lambda p: p or "profiles",
)
def test_a_new_field_of_any_record_is_printed(record):
    path = f"{record}.extra_note" if record else "extra_note"
    entry = catalogue.Entry(path, "text", "Extra note", "ملاحظة إضافية", dossier="text")
    profile = _profile()
    for item in _items(profile, record):
        item["extra_note"] = {"ar": "قيمة جديدة", "en": "a new value"}
    before = {
        lang: _printed(build_view(profile, lang, today=TODAY, legal_limit_days=730))
        for lang in ("ar", "en")
    }
    assert "a new value" not in before["en"]  # not catalogued: not printed
    catalogue.add_entry(entry)
    try:
        for lang, value in (("ar", "قيمة جديدة"), ("en", "a new value")):
            text = _printed(build_view(profile, lang, today=TODAY, legal_limit_days=730))
            assert value in text, (record, lang)
            assert catalogue.label(path, lang) in text, (record, lang)
    finally:
        catalogue.remove_entry(entry)


def test_labels_are_the_catalogues_with_feminine_forms():
    profile = _profile()
    profile["detentions"][0]["disappeared_until"] = "2020-03-20"
    ar = build_view(profile, "ar", today=TODAY, legal_limit_days=730)
    rows = dict(ar.detentions[0])
    assert rows[catalogue.label("detentions.arrest_date", "ar")] == "1 مارس 2020"
    assert rows["مختفية قسريًا حتى"] == "20 مارس 2020"
    en = build_view(profile, "en", today=TODAY, legal_limit_days=730)
    rows = dict(en.detentions[0])
    assert rows["Facility"] == "Qanater (since 2 March 2020)"
    assert dict(en.identity)["Consent to publish"] == "Full consent"  # core/vocab.py's label
