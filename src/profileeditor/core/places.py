"""Known places in Arabic and English (resources/places.json): Egypt's governorates and the
detention places rights groups' reports name most. The editor offers them as completions; a
place not in the list is typed in and kept as it is.

Names are matched after Arabic normalisation (core/arabic.py), so "سجن طره" finds "سجن طرة" and
"tora liman prison" finds "Tora Liman Prison".
"""

from __future__ import annotations

import json
from functools import cache

from profileeditor.core import arabic
from profileeditor.resources import resource

KINDS = ("governorates", "facilities")


@cache
def _places() -> dict[str, tuple[dict[str, str], ...]]:
    with resource("places.json").open(encoding="utf-8") as fh:
        doc = json.load(fh)
    return {kind: tuple(dict(item) for item in doc[kind]) for kind in KINDS}


def places(kind: str) -> tuple[dict[str, str], ...]:
    """Every place of ``kind`` ("governorates" or "facilities"): ``{"ar", "en", …}`` each."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of place {kind!r} ({', '.join(KINDS)})")
    return _places()[kind]


def names(kind: str, lang: str) -> list[str]:
    """The names of ``kind`` in ``lang``, in the list's order."""
    return [place[lang] for place in places(kind)]


@cache
def _by_name(kind: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for place in places(kind):
        for lang in ("ar", "en"):
            out.setdefault(arabic.normalize(place[lang]), place)
    return out


def find(kind: str, name: str | None) -> dict[str, str] | None:
    """The known place named ``name`` in either language, or None (free text)."""
    if not name or not name.strip():
        return None
    return _by_name(kind).get(arabic.normalize(name.strip()))
