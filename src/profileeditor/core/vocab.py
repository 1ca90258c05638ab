"""Controlled vocabularies (profession, status, charge, …) and their Arabic/English labels.

Also the one home of the labels of the schema's fixed enums (sex, consent level, source
reliability) and of yes/no: the dossiers (export/strings.py), the Uwazi templates
(core/uwazi_template.py) and core's messages (core/messages.py) all read them from here.
"""

from __future__ import annotations

import json
from functools import cache

from profileeditor.resources import resource

VOCABULARY_NAMES = (
    "profession",
    "status",
    "arrest_manner",
    "prosecution",
    "charge",
    "proceeding_type",
    "proceeding_outcome",
    "release_type",
    "event_type",
    "source_kind",
)

# Enums of the schema (not vocabularies: the user cannot add to them). Each Arabic label agrees
# with the noun it describes: الجنس is masculine (غير معروف), الموثوقية and الموافقة feminine
# (عالية، غير معروفة); the consent labels name the consent, so they read alone too.
SCHEMA_ENUMS: dict[str, dict[str, dict[str, str]]] = {
    "sex": {
        "male": {"en": "Male", "ar": "ذكر"},
        "female": {"en": "Female", "ar": "أنثى"},
        "other": {"en": "Other", "ar": "آخر"},
        "unknown": {"en": "Unknown", "ar": "غير معروف"},
    },
    "consent_level": {
        "full": {"en": "Full consent", "ar": "موافقة كاملة"},
        "partial": {"en": "Partial consent", "ar": "موافقة جزئية"},
        "none": {"en": "No consent", "ar": "بدون موافقة"},
        "unknown": {"en": "Consent unknown", "ar": "موافقة غير معروفة"},
    },
    "reliability": {
        "high": {"en": "High", "ar": "عالية"},
        "medium": {"en": "Medium", "ar": "متوسطة"},
        "low": {"en": "Low", "ar": "منخفضة"},
        "unknown": {"en": "Unknown", "ar": "غير معروفة"},
    },
}
YES_NO: dict[bool, dict[str, str]] = {
    True: {"en": "Yes", "ar": "نعم"},
    False: {"en": "No", "ar": "لا"},
}


@cache
def vocabularies() -> dict[str, dict[str, dict[str, str]]]:
    """All lists: ``{list_name: {code: {"ar": label, "en": label}}}`` (and ``"ar_f"``, the
    feminine Arabic label, where the label agrees with the person)."""
    with resource("vocabularies.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {name: raw[name] for name in VOCABULARY_NAMES}


def _terms(list_name: str) -> dict[str, dict[str, str]]:
    """The codes of a vocabulary or a schema enum with their labels; KeyError for another name."""
    found = vocabularies().get(list_name)
    if found is None:
        found = SCHEMA_ENUMS[list_name]
    return found


def has_list(list_name: str) -> bool:
    return list_name in vocabularies() or list_name in SCHEMA_ENUMS


def codes(list_name: str) -> list[str]:
    return list(_terms(list_name))


def label(list_name: str, code: str | None, lang: str = "en", sex: str | None = None) -> str:
    """The label of a code of a vocabulary or a schema enum in ``lang`` ("ar" or "en"); free
    text (a code not in the list) as is.

    ``sex="female"`` gives the Arabic feminine form where the label agrees with the person
    (صحفية، محتجزة، مُفرج عنها); lists without one fall back to the common label.
    """
    if not code:
        return ""
    entry = _terms(list_name).get(code)
    if entry is None:
        return code
    if lang == "ar" and sex == "female" and entry.get("ar_f"):
        return entry["ar_f"]
    return entry.get(lang) or entry.get("en") or code


@cache
def _countries() -> dict[str, dict[str, str]]:
    with resource("countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)["countries"]


def country_name(code: str | None, lang: str = "en") -> str:
    """The country of an ISO 3166 code in ``lang`` ("EG" → "مصر" / "Egypt"); free text as is."""
    if not code:
        return ""
    entry = _countries().get(code.strip().upper())
    return entry[lang] if entry else code
