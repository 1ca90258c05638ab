"""The campaign agenda (issue 16): what falls due for each person in the coming days and the past
week — renewal sessions and hearings, milestones — and the records that need attention.

Everything is computed from the record on the day asked for, never stored:

- **sessions**: per case, its latest session's next date; without one, the latest session's date
  plus its renewal period, marked *expected* (only while the person is held and the case open);
  a latest session that falls inside the window is listed too.
- **milestones**, only for people held now (a released person has none): round day counts of the
  current detention (500, 1,000, 1,500…), the first day beyond the legal limit on pretrial
  detention, arrest anniversaries, birthdays in detention. An arrest dated to the month gives
  milestones marked *approximate*; one dated to the year alone gives none (it could be off by a
  year). A birthday needs the full birth date.
- **attention**: a session date passed with no outcome entered, no update for 90 days, and
  records that contradict themselves.

The computation runs on a narrow :class:`Person` (a few dates per profile and each case's latest
session), made either from an interchange-format profile (:func:`person_from_profile`) or straight
from the vault's columns (``Repository.agenda_people``), so that a 100,000-profile vault's agenda
needs no profile to be loaded whole. Dates are calendar days (all-day): no time zone enters.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from profileeditor.core import dates, levels
from profileeditor.core.facts import DEFAULT_LEGAL_LIMIT_DAYS, NOT_DETAINED_STATUSES
from profileeditor.core.facts import compute as compute_facts

DEFAULT_DAYS = 30
PAST_DAYS = 7
STALE_DAYS = 90
MILESTONE_STEP = 500

# Kinds of item, by category.
SESSION = "session"
DAYS = "days"  # a round number of days in detention
LEGAL_LIMIT = "legal_limit"  # the first day beyond the legal limit on pretrial detention
ANNIVERSARY = "anniversary"  # of the arrest
BIRTHDAY = "birthday"  # in detention
NO_OUTCOME = "no_outcome"  # a session date passed and nothing entered for it
STALE = "stale"  # no update for STALE_DAYS
CONTRADICTION = "contradiction"
MILESTONES = (DAYS, LEGAL_LIMIT, ANNIVERSARY, BIRTHDAY)
ATTENTION = (NO_OUTCOME, STALE, CONTRADICTION)
KINDS = (SESSION, *MILESTONES, *ATTENTION)

# Contradiction items carry core/facts.py's warning codes (core/wording.py words them), the same
# the editor's header and the list's "needs attention" filter show: from the profile's facts, or
# from the ``warnings`` column the store keeps of them on every save.

# Statuses under which a person with an open detention is not held (as core/facts.py decides).
NOT_HELD_STATUSES = NOT_DETAINED_STATUSES
# A latest session with one of these closed the case's renewals: no session is to be expected.
CLOSING_OUTCOMES = frozenset({"released", "sentenced", "acquitted"})
CLOSING_TYPES = frozenset({"verdict", "release_order"})

_EPOCH = date(1970, 1, 1).toordinal()


def day_number(day: date) -> int:
    """Days since 1970-01-01, as the store keeps the dates it computes with."""
    return day.toordinal() - _EPOCH


def from_day_number(number: int) -> date:
    return date.fromordinal(number + _EPOCH)


def _exact_day(value: str | None) -> int | None:
    """The day number of a full date; None for a partial or missing one."""
    if not value or len(value) != 10:
        return None
    try:
        return day_number(date.fromisoformat(value))
    except ValueError:
        return None


class CaseSession(NamedTuple):
    """A case and its latest session (by date), which is all the agenda needs of it; days are
    day numbers of full dates (a partial one is None). A tuple: 100,000 profiles' worth are made
    from the store's JSON on every agenda."""

    case_id: str
    number: str | None
    year: int | None
    day: int | None
    type: str | None = None
    outcome: str | None = None
    renewal_days: int | None = None
    next_day: int | None = None

    @property
    def label(self) -> str:
        if not self.number:
            return ""
        return f"{self.number}/{self.year}" if self.year else self.number


def case_sessions(profile: dict) -> list[CaseSession]:
    """Each case whose latest session has a full date, with that session."""
    out = []
    for case in profile.get("cases") or []:
        last = _latest_session(case)
        day = _exact_day(last.get("date")) if last else None
        if last is None or day is None:
            continue
        out.append(
            CaseSession(
                case_id=case.get("id") or "",
                number=case.get("number"),
                year=case.get("year"),
                day=day,
                type=last.get("type"),
                outcome=last.get("outcome"),
                renewal_days=last.get("renewal_days"),
                next_day=_exact_day(last.get("next_date")),
            )
        )
    return out


def encode_cases(cases: list[CaseSession]) -> str | None:
    """The store's derived ``agenda_cases`` column: a compact JSON list (None when empty)."""
    if not cases:
        return None
    rows = [
        [c.case_id, c.number, c.year, c.day, c.type, c.outcome, c.renewal_days, c.next_day]
        for c in cases
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def cases_until(cases: list[CaseSession]) -> int | None:
    """The last day the cases name: a session, a next date, a session plus its renewal period."""
    days = [
        max(c.day, c.next_day or c.day, c.day + (c.renewal_days or 0))
        for c in cases
        if c.day is not None
    ]
    return max(days) if days else None


def decode_cases(texts: list[str | None]) -> list[list]:
    """Many ``agenda_cases`` values at once (one JSON parse for all: a parse per row costs more
    than the rest of the agenda); each a list of case lists, [] for None."""
    return [c or [] for c in json.loads("[" + ",".join(t or "null" for t in texts) + "]")]


@dataclass(slots=True)
class Person:
    """What the agenda reads of one profile."""

    id: str
    name: dict
    status: str | None = None
    birth_date: str | None = None
    consent: str | None = None
    updated_at: str | None = None
    sensitivity: dict | None = None
    start: int | None = None  # day number the latest detention began
    end: int | None = None  # day number it ended, None while open
    start_precision: int = 10  # length of the arrest date as written: 4, 7 or 10
    pretrial_start: int | None = None  # held without sentence since this day (None if not)
    # Each case's latest session: CaseSession tuples, or lists of the same fields from the store.
    cases: list = field(default_factory=list)
    until: int | None = None  # the last day any case names (None: no dated session)
    cases_json: str | None = None  # from the store: ``cases`` still as JSON, decoded by build()
    warnings: tuple[str, ...] = ()  # core/facts.py's codes, in its order


@dataclass(slots=True)  # not frozen: a frozen init costs a third more, and there are 100,000s
class Item:
    day: date
    kind: str
    profile_id: str
    name: dict  # {"ar", "en"} as the chosen level shows it
    count: int | None = None  # days, years or age, as the kind says
    expected: bool = False  # a session date worked out from the renewal period
    approximate: bool = False  # rests on a date known to the month only
    case_id: str | None = None
    case_label: str = ""
    session_type: str | None = None
    outcome: str | None = None
    code: str | None = None  # the contradiction

    @property
    def category(self) -> str:
        if self.kind == SESSION:
            return "session"
        return "milestone" if self.kind in MILESTONES else "attention"

    def key(self) -> str:
        """Stable identity: the same item on a later day or export has the same key."""
        extra = self.case_id or self.code or ""
        return f"{self.profile_id}|{self.kind}|{self.day.isoformat()}|{extra}"

    def uid(self, vault_id: str) -> str:
        """A calendar UID: a hash of vault, profile, kind, date (and case) — no name in it."""
        digest = hashlib.sha256(f"{vault_id}|{self.key()}".encode()).hexdigest()[:32]
        return f"{digest}@profileeditor"

    def to_json(self) -> dict:
        out: dict = {
            "date": self.day.isoformat(),
            "kind": self.kind,
            "category": self.category,
            "profile_id": self.profile_id,
            "name": self.name,
        }
        for key in ("count", "case_id", "session_type", "outcome", "code"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.case_label:
            out["case"] = self.case_label
        if self.expected:
            out["expected"] = True
        if self.approximate:
            out["approximate"] = True
        return out


@dataclass(frozen=True)
class Agenda:
    today: date
    first: date  # the window: first..last, both included
    last: date
    level: str
    items: tuple[Item, ...]  # dated items (sessions, milestones) by day
    attention: tuple[Item, ...]  # records needing attention, oldest first
    # When only the first page of ``attention`` was made (build_from_repository with
    # attention_limit): how many there are in all. None: ``attention`` is all of them.
    attention_total: int | None = None

    @property
    def attention_count(self) -> int:
        return len(self.attention) if self.attention_total is None else self.attention_total

    def all_items(self) -> tuple[Item, ...]:
        return self.items + self.attention

    def to_json(self) -> dict:
        out: dict[str, Any] = {
            "today": self.today.isoformat(),
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "level": self.level,
            "items": [i.to_json() for i in self.items],
            "attention": [i.to_json() for i in self.attention],
        }
        if self.attention_total is not None:
            out["attention_total"] = self.attention_total
        return out


# -- from a profile ----------------------------------------------------------------------------
def latest_arrest_precision(arrests: list[str]) -> int:
    """The length (4, 7 or 10) of the latest arrest date, chosen as core/facts.py chooses the
    latest episode: the last of those starting latest."""
    best, best_day = None, None
    for arrest in arrests:
        try:
            day = dates.earliest(arrest)
        except dates.PartialDateError:
            continue
        if best_day is None or day >= best_day:
            best, best_day = arrest, day
    return len(best) if best else 10


def _latest_session(case: dict) -> dict | None:
    """The case's latest session by date (ISO strings sort as dates; first of equals wins, as
    the store's ``max()`` over rows in position order does)."""
    best = None
    for proc in case.get("proceedings") or []:
        if proc.get("date") and (best is None or proc["date"] > best["date"]):
            best = proc
    return best


def person_from_profile(profile: dict) -> Person:
    facts = compute_facts(profile)
    start = end = None
    cases = case_sessions(profile)
    precision = latest_arrest_precision(
        [d["arrest_date"] for d in profile.get("detentions") or [] if d.get("arrest_date")]
    )
    if facts.episode_start:
        start = day_number(date.fromisoformat(facts.episode_start))
    if facts.episode_end:
        end = day_number(date.fromisoformat(facts.episode_end))
    return Person(
        id=profile["id"],
        name=dict(profile.get("name") or {}),
        status=profile.get("status"),
        birth_date=profile.get("birth_date"),
        consent=(profile.get("consent") or {}).get("level"),
        updated_at=profile.get("updated_at"),
        sensitivity=profile.get("sensitivity") or None,
        start=start,
        end=end,
        start_precision=precision,
        pretrial_start=(
            day_number(date.fromisoformat(facts.open_pretrial_start))
            if facts.open_pretrial_start
            else None
        ),
        cases=cases,
        until=cases_until(cases),
        warnings=facts.warnings,
    )


# -- the computation ---------------------------------------------------------------------------
def _same_day_in(year: int, month: int, day: int) -> date:
    """That month and day in ``year``; 29 February falls on the 28th in other years."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def held(person: Person) -> bool:
    return (
        person.start is not None and person.end is None and person.status not in NOT_HELD_STATUSES
    )


def contradictions(person: Person) -> list[str]:
    """Where the record contradicts itself: the warnings of core/facts.py, in its order."""
    return list(person.warnings)


class _Window:
    def __init__(self, today: date, days: int, past: int) -> None:
        self.today = day_number(today)
        self.first = self.today - past
        self.last = self.today + days

    def __contains__(self, day: int) -> bool:
        return self.first <= day <= self.last


def _milestones(p: Person, w: _Window, limit: int, out: list[Item]) -> None:
    start = p.start
    assert start is not None
    arrest = from_day_number(start)
    first, last = from_day_number(w.first), from_day_number(w.last)
    add = out.append
    if p.start_precision >= 7:  # a year alone could be a year off: no count from it
        approx = p.start_precision == 7
        # Day N of detention is reached on start + N (core/facts.py counts (today - start)).
        k = max(1, -(-(w.first - start) // MILESTONE_STEP))
        while start + k * MILESTONE_STEP <= w.last:
            day = from_day_number(start + k * MILESTONE_STEP)
            add(Item(day, DAYS, p.id, p.name, k * MILESTONE_STEP, approximate=approx))
            k += 1
        if p.pretrial_start is not None:
            beyond = p.pretrial_start + limit + 1  # the first day with more than `limit` held
            if beyond in w:
                add(
                    Item(
                        from_day_number(beyond),
                        LEGAL_LIMIT,
                        p.id,
                        p.name,
                        limit,
                        approximate=approx,
                    )
                )
        for year in range(first.year, last.year + 1):
            day = _same_day_in(year, arrest.month, arrest.day)
            if year > arrest.year and first <= day <= last:
                add(Item(day, ANNIVERSARY, p.id, p.name, year - arrest.year, approximate=approx))
    # A birthday is in detention if it falls after the latest day the arrest can mean.
    if p.start_precision == 10:
        held_from = arrest
    elif p.start_precision == 7:
        held_from = dates.latest(arrest.isoformat()[:7])
    else:
        held_from = date(arrest.year, 12, 31)
    born = p.birth_date
    if born and len(born) == 10 and _exact_day(born) is not None:
        b = date.fromisoformat(born)
        for year in range(first.year, last.year + 1):
            day = _same_day_in(year, b.month, b.day)
            if first <= day <= last and day > held_from:
                add(Item(day, BIRTHDAY, p.id, p.name, year - b.year))


def _sessions(p: Person, w: _Window, active: bool, out: list[Item]) -> None:
    first, last, today = w.first, w.last, w.today
    to_date, epoch = date.fromordinal, _EPOCH
    pid, name = p.id, p.name
    for case in p.cases:  # CaseSession tuples, or the same fields as lists from the store
        case_id, number, year, held_day, type_, outcome, renewal, next_day = case
        if held_day is None:
            continue
        label = (f"{number}/{year}" if year else number) if number else ""
        if first <= held_day <= last:  # the latest session itself falls in the window
            out.append(
                Item(
                    to_date(held_day + epoch),
                    SESSION,
                    pid,
                    name,
                    None,
                    False,
                    False,
                    case_id,
                    label,
                    type_,
                    outcome,
                )
            )
        if held_day < today and not outcome and active:
            out.append(
                Item(
                    to_date(held_day + epoch),
                    NO_OUTCOME,
                    pid,
                    name,
                    None,
                    False,
                    False,
                    case_id,
                    label,
                    type_,
                )
            )
            continue
        closed = outcome in CLOSING_OUTCOMES or type_ in CLOSING_TYPES
        due, expected = next_day, False
        if due is not None and due <= held_day:
            due = None  # a next date not after the session: nothing to schedule from it
        if due is None and renewal and active and not closed:
            due, expected = held_day + renewal, True
        if due is None:
            continue
        # A hearing is followed by a hearing; anything else by a renewal session.
        next_type = "hearing" if type_ == "hearing" and not expected else "renewal"
        if first <= due <= last:
            out.append(
                Item(
                    to_date(due + epoch),
                    SESSION,
                    pid,
                    name,
                    None,
                    expected,
                    False,
                    case_id,
                    label,
                    next_type,
                )
            )
        if due < today and active and not closed:
            out.append(
                Item(
                    to_date(due + epoch),
                    NO_OUTCOME,
                    pid,
                    name,
                    None,
                    expected,
                    False,
                    case_id,
                    label,
                    next_type,
                )
            )


def _updated_day(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    return _exact_day(value[:10])


def person_items(
    p: Person,
    today: date,
    days: int = DEFAULT_DAYS,
    legal_limit_days: int = DEFAULT_LEGAL_LIMIT_DAYS,
) -> list[Item]:
    """Every item of one person (dated ones in the window; attention ones whatever their date)."""
    return _items(p, _Window(today, days, PAST_DAYS), legal_limit_days)


def _items(p: Person, w: _Window, limit: int) -> list[Item]:
    out: list[Item] = []
    active = held(p)
    if active:
        _milestones(p, w, limit, out)
    if p.cases and (active or (p.until is not None and p.until >= w.first)):
        _sessions(p, w, active, out)
    if active:
        updated = _updated_day(p.updated_at)
        if updated is not None and updated < w.today - STALE_DAYS:
            out.append(
                Item(
                    from_day_number(updated + STALE_DAYS),
                    STALE,
                    p.id,
                    p.name,
                    count=w.today - updated,
                )
            )
    if p.warnings:
        today = from_day_number(w.today)
        for code in contradictions(p):
            out.append(Item(today, CONTRADICTION, p.id, p.name, code=code))
    return out


# What each kind rests on, to hide an item whose fields a profile raised above the export level.
_FIELDS = {
    SESSION: ("cases.proceedings.date", "cases.proceedings.next_date", "cases.number"),
    NO_OUTCOME: ("cases.proceedings.date", "cases.proceedings.outcome", "cases.number"),
    DAYS: ("detentions.arrest_date", "detentions.release_date"),
    LEGAL_LIMIT: ("detentions.arrest_date", "detentions.release_date", "cases.sentence"),
    ANNIVERSARY: ("detentions.arrest_date",),
    BIRTHDAY: ("birth_date", "detentions.arrest_date"),
    STALE: ("updated_at",),
}
# A contradiction rests on the fields its warning compares.
_WARNING_FIELDS = {
    "released_without_release_date": ("status", "detentions.release_date"),
    "detained_but_released_episode": ("status", "detentions.release_date"),
    "release_before_arrest": ("detentions.arrest_date", "detentions.release_date"),
    "born_after_arrest": ("birth_date", "detentions.arrest_date"),
    "session_before_arrest": ("cases.proceedings.date", "detentions.arrest_date"),
}
_ANY_WARNING = tuple(sorted({path for paths in _WARNING_FIELDS.values() for path in paths}))


def _rests_on(item: Item) -> tuple[str, ...]:
    if item.kind == CONTRADICTION:
        # A code this version does not know (a newer one's) rests on everything a warning can.
        return _WARNING_FIELDS.get(item.code or "", _ANY_WARNING)
    return _FIELDS[item.kind]


def _visible(items: list[Item], p: Person, level: str) -> list[Item]:
    """The items an export at ``level`` may show: a level below internal hides what the profile
    raised above it (and then its name too, if raised)."""
    if level == "internal" or not p.sensitivity:
        return items
    stub = {"sensitivity": p.sensitivity}
    rank = levels.rank(level)

    def allowed(path: str) -> bool:
        return levels.rank(levels.field_level(stub, path)) <= rank

    if not allowed("name"):
        return []
    return [i for i in items if all(allowed(path) for path in _rests_on(i))]


def _by_id(person: Person) -> str:
    return person.id


def build(
    people: Iterable[Person],
    today: date | None = None,
    days: int = DEFAULT_DAYS,
    legal_limit_days: int = DEFAULT_LEGAL_LIMIT_DAYS,
    level: str = "internal",
    include_unconsented: bool = False,
) -> Agenda:
    """The agenda of ``people`` for the ``days`` after ``today`` and the week before it.

    At ``public`` level only people with full consent appear (unless ``include_unconsented``),
    as in every public export.
    """
    if level not in levels.LEVELS:
        raise ValueError(f"unknown level {level!r}")
    if days < 0:
        raise ValueError("the number of days cannot be negative")
    today = today or date.today()
    window = _Window(today, days, PAST_DAYS)
    public = level == "public" and not include_unconsented
    dated: list[Item] = []
    attention: list[Item] = []
    people = sorted(people, key=_by_id)
    # Cases still in the store's JSON are decoded in one parse, and only where they can matter:
    # the person is held, or some case names a day that reaches the window.
    pending = [
        p
        for p in people
        if p.cases_json is not None
        and (
            (p.start is not None and p.end is None)
            or (p.until is not None and p.until >= window.first)
        )
    ]
    for p, cases in zip(pending, decode_cases([p.cases_json for p in pending]), strict=True):
        p.cases, p.cases_json = cases, None
    for person in people:
        if public and person.consent != "full":
            continue
        found = _items(person, window, legal_limit_days)
        if not found:
            continue
        for item in _visible(found, person, level):
            (dated if item.kind in (SESSION, *MILESTONES) else attention).append(item)
    # People come in id order (the store's index order already), so equal keys below keep a
    # stable, reproducible order whichever way the people were read.
    order = {kind: i for i, kind in enumerate(KINDS)}
    dated.sort(key=lambda i: (i.day, order[i.kind]))
    attention.sort(key=lambda i: (order[i.kind], i.day))
    return Agenda(
        today=today,
        first=today - timedelta(days=PAST_DAYS),
        last=today + timedelta(days=days),
        level=level,
        items=tuple(dated),
        attention=tuple(attention),
    )


def build_from_profiles(profiles: Iterable[dict], **kwargs) -> Agenda:
    return build((person_from_profile(p) for p in profiles), **kwargs)


def build_from_repository(repo, attention_limit: int | None = None, **kwargs) -> Agenda:
    """The agenda of every live profile in the vault, from its columns (no profile loaded).

    With ``attention_limit`` (the screen), the dated items are all there but the records needing
    attention only the first ``attention_limit`` (``attention_total`` counts them all): the
    store then finds the people concerned by indexed and C-level tests (Repository.agenda_page)
    instead of reading every held person. Only at internal level, where nobody is left out.
    """
    kwargs.setdefault("legal_limit_days", repo.legal_limit_days)
    today = kwargs.get("today") or date.today()
    kwargs["today"] = today
    if attention_limit is not None and kwargs.get("level", "internal") == "internal":
        people, totals = repo.agenda_page(
            today, kwargs.get("days", DEFAULT_DAYS), attention_limit, kwargs["legal_limit_days"]
        )
        full = build(people, **kwargs)
        # The people include each kind's first page (and others, whose items sort after it):
        # the first ``attention_limit`` of their items are the agenda's first page.
        return dataclasses.replace(
            full,
            attention=full.attention[:attention_limit],
            attention_total=sum(totals.values()),
        )
    return build(repo.agenda_people(today - timedelta(days=PAST_DAYS)), **kwargs)
