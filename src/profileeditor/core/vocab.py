"""Controlled vocabularies (profession, status, charge, …) and their Arabic/English labels."""

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


@cache
def vocabularies() -> dict[str, dict[str, dict[str, str]]]:
    """All lists: ``{list_name: {code: {"ar": label, "en": label}}}`` (and ``"ar_f"``, the
    feminine Arabic label, where the label agrees with the person)."""
    with resource("vocabularies.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {name: raw[name] for name in VOCABULARY_NAMES}


def codes(list_name: str) -> list[str]:
    return list(vocabularies()[list_name])


def label(list_name: str, code: str | None, lang: str = "en", sex: str | None = None) -> str:
    """The label of a code in ``lang`` ("ar" or "en"); free text (a code not in the list) as is.

    ``sex="female"`` gives the Arabic feminine form where the label agrees with the person
    (صحفية، محتجزة، مُفرج عنها); lists without one fall back to the common label.
    """
    if not code:
        return ""
    entry = vocabularies()[list_name].get(code)
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
