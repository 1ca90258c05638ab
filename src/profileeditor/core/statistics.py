"""Campaign figures for a selection of profiles: who is held, for how long, how often renewed.

Computed from profiles already chosen for a level (``core.levels.select_for_level``), so that a
public figure never counts a person or a value the level leaves out; every export that shows
statistics (website, dossier section, chart files) reads this one place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
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


class Accumulator:
    """The figures of profiles added one at a time: ``compute`` is this over a list, and a
    selection of any size is counted a chunk at a time (``from_repository``) in bounded memory.
    """

    def __init__(
        self,
        today: date | None = None,
        legal_limit_days: int = facts_mod.DEFAULT_LEGAL_LIMIT_DAYS,
    ) -> None:
        self.today = today or date.today()
        self.legal_limit_days = legal_limit_days
        self._out = Statistics()

    def add(self, profile: dict) -> None:
        """Count one profile, already chosen and redacted for the level."""
        out = self._out
        figures = facts_mod.compute(
            profile, today=self.today, legal_limit_days=self.legal_limit_days
        )
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

    def result(self) -> Statistics:
        return self._out


def compute(
    profiles: Iterable[dict],
    today: date | None = None,
    legal_limit_days: int = facts_mod.DEFAULT_LEGAL_LIMIT_DAYS,
) -> Statistics:
    """The figures of ``profiles`` (chosen and redacted for a level)."""
    accumulator = Accumulator(today, legal_limit_days)
    for profile in profiles:
        accumulator.add(profile)
    return accumulator.result()


# The parts of a profile the figures read (``Accumulator.add`` and ``core.facts.compute``), and
# what redaction and the consent rule need (``sensitivity``, ``consent``). Redaction decides a
# field by its path and the profile's ``sensitivity`` alone, so redacting these parts gives what
# redacting the whole profile and then reading these parts gives — without walking names,
# biographies, events and sources (nine tenths of the time at 2,000 profiles).
# tests/core/test_statistics_stream.py proves the figures equal on the samples and a generated
# vault; a figure that starts reading another part must add it here.
COUNTED_PARTS = ("status", "profession", "birth_date", "detentions", "cases")
_SELECTION_PARTS = ("consent", "sensitivity")
READ_CHUNK = 500


def counted_part(profile: dict) -> dict:
    """What of ``profile`` the figures and the level's choice read (shared, not copied)."""
    return {k: profile[k] for k in COUNTED_PARTS + _SELECTION_PARTS if k in profile}


def from_repository(
    repository,
    ids: Sequence[str],
    level: str,
    include_unconsented: bool = False,
    today: date | None = None,
    *,
    chunk: int = READ_CHUNK,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Statistics:
    """The figures of the profiles ``ids`` at ``level``, read ``chunk`` at a time without photo
    bytes: one chunk in memory, never the selection. The level's choice and redaction are
    ``core.levels.select_for_level``'s (public: consenting people only). ``check()`` may raise
    to stop (a cancelled worker); ``progress(done, total)`` follows the chunks."""
    from profileeditor.core.levels import select_for_level

    accumulator = Accumulator(today, repository.legal_limit_days)
    total = len(ids)
    for start in range(0, total, chunk):
        if check is not None:
            check()
        if progress is not None:
            progress(start, total)
        profiles = repository.get_profiles(list(ids[start : start + chunk]), with_data=False)
        parts = [counted_part(p) for p in profiles]
        del profiles
        for kept in select_for_level(parts, level, include_unconsented):
            accumulator.add(kept)
    if progress is not None:
        progress(total, total)
    return accumulator.result()
