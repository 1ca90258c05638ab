"""The key-facts panel names a field as the field catalogue does (issue 14: one place for each
label); computed facts without a field ("held since") take export/strings.py's words."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from profileeditor.core import catalogue
from profileeditor.export import first_page
from profileeditor.export.strings import s

TODAY = date(2026, 12, 1)


def _full_record(samples) -> dict:
    """A detained person with every fact of the panel."""
    profile = copy.deepcopy(
        max(samples, key=lambda p: sum(len(c.get("charges") or []) for c in p["cases"]))
    )
    profile["health"] = {"ar": "يعاني من مرض القلب", "en": "Heart condition"}
    profile["profession"] = profile.get("profession") or "journalist"
    return profile


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("sex", ["male", "female"])
def test_panel_labels_are_the_catalogues(samples, lang, sex):
    profile = _full_record(samples)
    profile["sex"] = sex
    page = first_page.build(profile, lang, today=TODAY, legal_limit_days=730)
    labels = [label for label, _ in page.rows]
    feminine = sex == "female"
    for key, path in first_page.CATALOGUE_LABELS.items():
        wanted = catalogue.label(path, lang, feminine)
        if key in ("facility",) and not any(d.get("facilities") for d in profile["detentions"]):
            continue
        assert wanted in labels, (key, wanted, labels)
        # The words of export/strings.py for the same fact are not used where they differ.
        own = s(key, lang) if key in ("profession", "status", "facility", "charges") else None
        if own and own != wanted:
            assert own not in labels, (key, own)
    assert s("key_facts", lang)  # the panel's heading stays the export's own word
    held = s("held_since_f" if feminine else "held_since", lang)
    assert held in labels or s("detained", lang) in labels
