"""Campaign figures for a selection of profiles: who is held, for how long, how often renewed.

Computed from profiles already chosen for a level (``core.levels.select_for_level``), so that a
public figure never counts a person or a value the level leaves out; every export that shows
statistics (website, dossier section, chart files) reads this one place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from profileeditor.core import facts as facts_mod

# Time in detention, in the bands campaigns quote ("over two years", "over five years").
DURATION_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 182),
    (182, 365),
    (365, 730),
    (730, 1825),
    (1825, None),
)
DURATION_BAND_LABELS = {
    "ar": (
        "أقل من ستة أشهر",
        "ستة أشهر إلى سنة",
        "سنة إلى سنتين",
        "سنتان إلى خمس",
        "أكثر من خمس سنوات",
    ),
    "en": (
        "Under six months",
        "Six months to a year",
        "One to two years",
        "Two to five years",
        "Over five years",
    ),
}
UNKNOWN = "unknown"


@dataclass
class Statistics:
    people: int = 0
    currently_detained: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_profession: Counter = field(default_factory=Counter)
    by_prosecution: Counter = field(default_factory=Counter)  # people, once per prosecution
    by_facility: Counter = field(
        default_factory=Counter
    )  # {"ar","en"} as a tuple → people held now
    by_duration: Counter = field(default_factory=Counter)  # band index → people detained now
    total_days: int = 0  # every person's every episode, added up
    beyond_legal_limit: int = 0
    recycled_people: int = 0
    recycled_cases: int = 0
    renewals: int = 0
    renewals_by_month: Counter = field(default_factory=Counter)  # "YYYY-MM" → sessions

    @property
    def total_years(self) -> float:
        return self.total_days / 365.25


def band_of(days: int) -> int:
    for index, (low, high) in enumerate(DURATION_BANDS):
        if days >= low and (high is None or days < high):
            return index
    return len(DURATION_BANDS) - 1


def compute(
    profiles: list[dict],
    today: date | None = None,
    legal_limit_days: int = facts_mod.DEFAULT_LEGAL_LIMIT_DAYS,
) -> Statistics:
    today = today or date.today()
    out = Statistics()
    for profile in profiles:
        figures = facts_mod.compute(profile, today=today, legal_limit_days=legal_limit_days)
        out.people += 1
        out.by_status[profile.get("status") or UNKNOWN] += 1
        out.by_profession[profile.get("profession") or UNKNOWN] += 1
        for prosecution in {c.get("prosecution") for c in profile.get("cases") or []}:
            out.by_prosecution[prosecution or UNKNOWN] += 1
        out.total_days += figures.total_days
        if figures.currently_detained:
            out.currently_detained += 1
            if figures.current_days is not None:
                out.by_duration[band_of(figures.current_days)] += 1
            facility = figures.current_facility or {}
            if facility.get("ar") or facility.get("en"):
                out.by_facility[(facility.get("ar") or "", facility.get("en") or "")] += 1
        if figures.beyond_legal_limit:
            out.beyond_legal_limit += 1
        if figures.recycled_cases:
            out.recycled_people += 1
            out.recycled_cases += len(figures.recycled_cases)
        out.renewals += figures.renewals
        for case in profile.get("cases") or []:
            for session in case.get("proceedings") or []:
                if facts_mod.renews_detention(session) and len(session.get("date") or "") >= 7:
                    out.renewals_by_month[session["date"][:7]] += 1
    return out
