"""Computed facts of a profile (DESIGN §4): what the record means, for the editor, list and dossiers.

Works on a profile in the interchange format (a dict). Partial dates count from their earliest
possible day and make the figure ``approximate``. Open episodes run to ``today``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from profileeditor.core import dates

DEFAULT_LEGAL_LIMIT_DAYS = 730  # Article 143, Egyptian Code of Criminal Procedure: two years
RELEASE_OUTCOMES = frozenset({"released"})
RELEASE_PROCEEDING_TYPES = frozenset({"release_order"})
# Statuses that say the person is out; with an open latest episode the release date is missing.
OUT_STATUSES = frozenset({"released", "released_with_measures", "travel_ban", "exiled"})
NOT_DETAINED_STATUSES = OUT_STATUSES | {"deceased_in_custody"}
# The rules of ``Facts.warnings``: bump when they change. The store keeps each record's warnings
# (for the list's mark and its "needs attention" filter) and the version they were computed
# under; a vault whose version is older has them computed again on open (Repository
# .refresh_warnings), so that this module stays the one place that decides what contradicts.
WARNINGS_VERSION = 1


def renews_detention(proc: dict) -> bool:
    """A session that renewed detention, whatever type it was entered as (a hearing or an
    appeal can renew it too)."""
    return proc.get("type") == "renewal" or proc.get("outcome") == "renewed"


@dataclass(frozen=True)
class Facts:
    currently_detained: bool = False
    current_days: int | None = None  # the latest episode: arrest → release, or today
    total_days: int = 0  # every episode, overlaps counted once
    disappearance_days: int = 0
    renewals: int = 0
    next_session: str | None = None  # partial date of the next known session, if still ahead
    pretrial_days: int = 0  # the longest time held without a sentence, any episode
    beyond_legal_limit: bool = False
    legal_limit_days: int = DEFAULT_LEGAL_LIMIT_DAYS
    recycled_cases: tuple[str, ...] = ()  # ids of cases that recycle an earlier one
    approximate: bool = False  # some figure rests on a partial date
    current_facility: dict | None = None  # {"ar", "en"} of the latest facility of an open episode
    # For the store: where the open pretrial period starts, so SQL can test the limit on any day.
    open_pretrial_start: str | None = None
    closed_pretrial_days: int = 0
    episode_start: str | None = None  # ISO day the latest episode began (sort by days detained)
    episode_end: str | None = None  # ISO day it ended, None while open
    # Contradictions in the record (codes; core.wording.warning gives their text). A figure
    # that rests on a contradiction is left out rather than shown wrong.
    warnings: tuple[str, ...] = ()


class _Approx:
    """Collects whether any partial date was used."""

    def __init__(self) -> None:
        self.used = False

    def day(self, value: str | None) -> date | None:
        if not value:
            return None
        if len(value) == 10:  # the common full date, parsed in C
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        try:
            if not dates.is_exact(value):
                self.used = True
            return dates.earliest(value)
        except dates.PartialDateError:
            self.used = True
            return None


def _sentence_days(profile: dict, approx: _Approx) -> list[date]:
    out = []
    for case in profile.get("cases") or []:
        sentence = case.get("sentence") or {}
        day = approx.day(sentence.get("date"))
        if day:
            out.append(day)
        for proc in case.get("proceedings") or []:
            if proc.get("outcome") == "sentenced":
                day = approx.day(proc.get("date"))
                if day:
                    out.append(day)
    return out


def _merged_days(intervals: list[tuple[date, date]]) -> int:
    """Days covered by the intervals, overlaps counted once."""
    total = 0
    merged: list[list[date]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        total += (end - start).days
    return total


def _recycled(
    profile: dict, episodes: list[tuple[date, date | None]], approx: _Approx
) -> list[str]:
    """Cases opened to keep a detained person inside: marked so, or joined while already held on
    an earlier case, or after a release order on an earlier case."""
    cases = profile.get("cases") or []
    joined = [(approx.day(c.get("joined_date")), c) for c in cases]
    release_orders = []
    for case in cases:
        for proc in case.get("proceedings") or []:
            if (
                proc.get("outcome") in RELEASE_OUTCOMES
                or proc.get("type") in RELEASE_PROCEEDING_TYPES
            ):
                day = approx.day(proc.get("date"))
                if day:
                    release_orders.append((day, case.get("id")))
    out = []
    for day, case in joined:
        if case.get("recycled_from"):
            out.append(case["id"])
            continue
        if day is None:
            continue
        earlier = [c for d, c in joined if d is not None and d < day and c is not case]
        if not earlier:
            continue
        held = any(start < day and (end is None or day <= end) for start, end in episodes)
        after_release = any(
            r_day <= day and r_case != case.get("id") for r_day, r_case in release_orders
        )
        if held or after_release:
            out.append(case["id"])
    return out


def _bounds(value) -> tuple[date, date] | None:
    """The first and last day a partial date can mean, or None if it is no date."""
    if not isinstance(value, str) or not value:
        return None
    if len(value) == 10 and value[4] == value[7] == "-":  # the common full date, parsed in C
        try:
            day = date.fromisoformat(value)
            return day, day
        except ValueError:
            pass
    try:
        return dates.earliest(value), dates.latest(value)
    except dates.PartialDateError:
        return None


def _date_order_warnings(profile: dict) -> list[str]:
    """Born after an arrest; a session before the first arrest. Only where the dates cannot
    overlap: "born 2019" beside "arrested 2019-03" is no contradiction."""
    out: list[str] = []
    arrests = [
        b for b in (_bounds(d.get("arrest_date")) for d in profile.get("detentions") or []) if b
    ]
    if not arrests:
        return out
    birth = _bounds(profile.get("birth_date"))
    if birth and any(latest < birth[0] for _, latest in arrests):
        out.append("born_after_arrest")
    first_arrest = min(earliest for earliest, _ in arrests)
    first_iso = first_arrest.isoformat()
    for case in profile.get("cases") or []:
        for proc in case.get("proceedings") or []:
            day = proc.get("date")
            # Most sessions follow the arrest: an ASCII date that sorts as text at or after the
            # arrest's day cannot end before it (a partial date is a prefix of its last day, and
            # leading blanks sort first), so only the others are parsed.
            if isinstance(day, str) and day.isascii() and day >= first_iso:
                continue
            bounds = _bounds(day)
            if bounds and bounds[1] < first_arrest:
                out.append("session_before_arrest")
                return out
    return out


def compute(
    profile: dict, today: date | None = None, legal_limit_days: int = DEFAULT_LEGAL_LIMIT_DAYS
) -> Facts:
    today = today or date.today()
    approx = _Approx()
    episodes: list[tuple[date, date | None]] = []
    disappearance = 0
    latest_episode: tuple[date, date | None, dict] | None = None
    warnings: list[str] = []
    status = profile.get("status")
    dated = [d for d in profile.get("detentions") or [] if approx.day(d.get("arrest_date"))]
    latest_det: dict | None = max(
        dated, key=lambda d: approx.day(d.get("arrest_date")) or date.min, default=None
    )
    # Released (or out) but the latest episode has no release date: its length is unknown, so
    # it counts neither as detention to today nor towards the legal limit.
    end_unknown = (
        latest_det is not None and not latest_det.get("release_date") and status in OUT_STATUSES
    )
    if end_unknown:
        warnings.append("released_without_release_date")
    if latest_det is not None and latest_det.get("release_date") and status == "detained":
        warnings.append("detained_but_released_episode")
    for det in profile.get("detentions") or []:
        start = approx.day(det.get("arrest_date"))
        if start is None:
            continue
        end = approx.day(det.get("release_date"))
        if end is not None and end < start and "release_before_arrest" not in warnings:
            warnings.append("release_before_arrest")
        if end_unknown and det is latest_det:
            latest_episode = (start, None, latest_det)
            continue
        episodes.append((start, end))
        if latest_episode is None or start >= latest_episode[0]:
            latest_episode = (start, end, det)
        seen = approx.day(det.get("disappeared_until"))
        if seen is None and end is None and profile.get("status") == "disappeared":
            seen = today  # still missing: the disappearance runs on
        if seen is not None:
            disappearance += max(0, (min(seen, end or today) - start).days)

    warnings += _date_order_warnings(profile)

    sentences = _sentence_days(profile, approx)
    closed_pretrial, open_pretrial_start, pretrial_max = 0, None, 0
    for start, end in episodes:
        sentenced_on = min(
            (d for d in sentences if d >= start and (end is None or d <= end)), default=None
        )
        stop = sentenced_on or end or today
        days = max(0, (min(stop, today) - start).days)
        pretrial_max = max(pretrial_max, days)
        if end is None and sentenced_on is None:
            open_pretrial_start = start.isoformat()
        else:
            closed_pretrial = max(closed_pretrial, days)

    renewals, next_dates = 0, []
    for case in profile.get("cases") or []:
        for proc in case.get("proceedings") or []:
            if renews_detention(proc):
                renewals += 1
            if proc.get("next_date"):
                next_dates.append(proc["next_date"])
    # ISO strings compare as dates; a partial one against today cut to the same precision.
    today_iso = today.isoformat()
    upcoming = [d for d in next_dates if d >= today_iso[: len(d)] and dates.is_partial_date(d)]
    next_session = min(upcoming) if upcoming else None

    current_days = None
    currently_detained = False
    current_facility = None
    episode_start = episode_end = None
    if latest_episode and end_unknown:
        pass  # nothing known about the latest episode's length; the warning says why
    elif latest_episode:
        start, end, det = latest_episode
        currently_detained = end is None and status not in NOT_DETAINED_STATUSES
        current_days = max(0, ((end or today) - start).days)
        episode_start = start.isoformat()
        episode_end = end.isoformat() if end else None
        if end is None:
            facilities = det.get("facilities") or []
            if facilities:
                current_facility = dict(facilities[-1].get("name") or {})

    total = _merged_days([(s, e or today) for s, e in episodes])
    recycled = _recycled(profile, episodes, approx)
    return Facts(
        currently_detained=currently_detained,
        current_days=current_days,
        total_days=total,
        disappearance_days=disappearance,
        renewals=renewals,
        next_session=next_session,
        pretrial_days=pretrial_max,
        beyond_legal_limit=pretrial_max > legal_limit_days,
        legal_limit_days=legal_limit_days,
        recycled_cases=tuple(recycled),
        approximate=approx.used,
        current_facility=current_facility,
        open_pretrial_start=open_pretrial_start,
        closed_pretrial_days=closed_pretrial,
        episode_start=episode_start,
        episode_end=episode_end,
        warnings=tuple(warnings),
    )
