"""Spreadsheet import (CSV/XLSX) through a column mapping, planned before anything is stored.

``plan_import`` reads the sheet, maps each row to a person (plus, optionally, one detention
episode and one case) and returns an ``ImportPlan``: what would be created and updated and every
problem with its row number, column and value. It writes nothing, so it is the dry run and the
GUI's preview. ``apply_plan`` stores the plan; a plan with errors stores nothing unless the caller
passes ``import_good_rows=True``, and a row with an error is always skipped whole.

A row adds to a person already present when it carries their id, or their normalised name and
birth date (in the vault or on an earlier row of the same file). A detention with the same
arrest date, a case with the same number and year, are updated rather than added again, so
importing a file twice changes nothing.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from profileeditor.core import arabic
from profileeditor.core.messages import Message, message
from profileeditor.core.repository import ImportResult, Repository
from profileeditor.importers.json_import import BadInputFile, check_document
from profileeditor.importers.mapping import TARGETS_BY_KEY, Mapping, MappingError, Target, suggest
from profileeditor.importers.sheets import Sheet, read_sheet
from profileeditor.importers.values import (
    ValueProblem,
    cell_text,
    match_term,
    parse_case_number,
    parse_date,
    parse_int,
    split_list,
)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
MAX_SHOWN = 5


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a row; ``severity`` "error" skips the row, "warning" does not."""

    row: int
    column: str | None
    value: str | None
    message: str
    severity: str = "error"
    # The message as data (core/messages.py), for the GUI to word in its language; ``message``
    # is its English text (the command line's).
    detail: Message | None = None

    @classmethod
    def of(cls, row: int, column: str | None, value: str | None, detail: Message, **kw) -> Problem:
        return cls(row, column, value, str(detail), detail=detail, **kw)

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class RowPlan:
    row: int
    action: str  # "create" | "update" | "unchanged" | "skip"
    profile_id: str | None = None
    name: str = ""
    changes: list[str] = field(default_factory=list)  # field paths this row sets


@dataclass
class ImportPlan:
    source: str
    sheet: Sheet
    mapping: Mapping
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    profiles: dict[str, dict] = field(default_factory=dict)  # id → profile as it would be stored
    existing: set[str] = field(default_factory=set)  # ids of those already in the vault
    changed: set[str] = field(default_factory=set)  # ids the good rows create or change

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    @property
    def to_create(self) -> list[str]:
        return [i for i in self.profiles if i not in self.existing and i in self.changed]

    @property
    def to_update(self) -> list[str]:
        return [i for i in self.profiles if i in self.existing and i in self.changed]

    @property
    def skipped_rows(self) -> list[int]:
        return [r.row for r in self.rows if r.action == "skip"]

    def summary(self) -> str:
        return (
            f"{len(self.rows)} rows: {len(self.to_create)} profiles to create, "
            f"{len(self.to_update)} to update, {len(self.skipped_rows)} rows with errors, "
            f"{sum(1 for p in self.problems if p.severity == 'warning')} warnings"
        )

    def refusal(self) -> str:
        """One line naming the file and the first errors (the command line prints it)."""
        errors = self.errors
        shown = "; ".join(str(p) for p in errors[:MAX_SHOWN])
        more = f" (and {len(errors) - MAX_SHOWN} more)" if len(errors) > MAX_SHOWN else ""
        return f"{self.source}: {len(self.skipped_rows)} rows have errors: {shown}{more}"


class SpreadsheetRefused(BadInputFile):
    """The plan has errors and the caller did not ask to import the good rows."""

    def __init__(self, plan: ImportPlan):
        super().__init__(plan.refusal())
        self.plan = plan


# -- turning a row into values -------------------------------------------------------------------


def _convert(target: Target, raw: object, mapping: Mapping) -> object:
    """The value a cell gives its target; raises ValueProblem."""
    kind = target.kind
    if kind == "date":
        return parse_date(raw)
    if kind.startswith(("vocab:", "enum:")):
        list_name = kind.split(":", 1)[1]
        return match_term(list_name, raw, mapping.values.get(list_name))
    if kind == "int":
        return parse_int(raw, 1900, 2200)
    if kind == "list":
        return split_list(cell_text(raw))
    if kind == "charges":
        return split_list(cell_text(raw))  # matched item by item in _charges
    if kind == "case_number":
        return parse_case_number(raw)
    if kind == "id":
        text = cell_text(raw).lower()
        try:
            return str(uuid.UUID(text))
        except ValueError as exc:
            raise ValueProblem(message("value.not_a_profile_id", value=cell_text(raw))) from exc
    return cell_text(raw)


def _charges(items: list[str], mapping: Mapping, row: int, column: str) -> tuple[list, list]:
    """Codes for known charges; an unknown one is kept as written (the schema allows free-text
    charges) with a warning, so that it is seen rather than silently coded."""
    codes, problems = [], []
    for item in items:
        try:
            codes.append(match_term("charge", item, mapping.values.get("charge")))
        except ValueProblem as exc:
            codes.append(item)
            problems.append(
                Problem.of(
                    row,
                    column,
                    item,
                    message("value.kept_as_text", problem=exc.detail or str(exc)),
                    severity="warning",
                )
            )
    return codes, problems


def _set_text(obj: dict, key: str, lang: str | None, text: str) -> None:
    lang = lang or ("ar" if arabic.has_arabic(text) else "en")
    existing = obj.get(key)
    current = existing if isinstance(existing, dict) else {}
    obj[key] = {**current, lang: text}


def _split_key(key: str) -> tuple[str, str | None]:
    """ "bio.en" → ("bio", "en"); "name" → ("name", None)."""
    head, _, tail = key.rpartition(".")
    if tail in ("ar", "en") and head:
        return head, tail
    return key, None


# -- planning ------------------------------------------------------------------------------------


class _Existing:
    """What the vault already holds, looked up lazily: by id, and by normalised name."""

    def __init__(self, repository: Repository):
        self.repository = repository
        self._by_name: dict[str, list[str]] | None = None
        self._loaded: dict[str, dict | None] = {}

    def by_name(self, name: str) -> list[str]:
        if self._by_name is None:
            self._by_name = {}
            total = self.repository.count()
            if total:
                for summary in self.repository.search(limit=total + 1):
                    for text in (summary.name_ar, summary.name_en):
                        if text:
                            self._by_name.setdefault(_name_key(text), []).append(summary.id)
        return self._by_name.get(_name_key(name), [])

    def get(self, profile_id: str) -> dict | None:
        if profile_id not in self._loaded:
            found = self.repository.get_profiles([profile_id])
            self._loaded[profile_id] = found[0] if found else None
        return self._loaded[profile_id]


def _name_key(name: str) -> str:
    return " ".join(arabic.normalize(name).replace("-", " ").split())


def _blank_row_values(values: dict) -> bool:
    return not any(values.values())


def plan_import(
    repository: Repository,
    source: Path | Sheet,
    mapping: Mapping | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read and check every row; returns the plan. Nothing is stored.

    Raises BadInputFile when the file cannot be read at all or no column gives a name.
    """
    sheet = source if isinstance(source, Sheet) else read_sheet(Path(source))
    mapping = mapping or suggest(sheet.headers, sheet.groups)
    plan = ImportPlan(sheet.source, sheet, mapping)
    columns = [(i, h, t) for i, h in enumerate(sheet.headers) if h and (t := mapping.target_of(h))]
    mapped = {t.key for _, _, t in columns}
    if not mapped & {"name", "name.ar", "name.en", "id"}:
        raise BadInputFile(
            f"{sheet.source}: no column is mapped to the name (headers: "
            + ", ".join(repr(h) for h in sheet.headers if h)
            + ")"
        )
    existing = _Existing(repository)
    by_key: dict[tuple[str, str], str] = {}  # (name key, birth date) → id, for rows of this file
    total = len(sheet.rows)
    for done, (row_number, cells) in enumerate(sheet.rows, start=1):
        _plan_row(plan, existing, by_key, row_number, cells, columns)
        if progress and (done % 500 == 0 or done == total):
            progress("check", done, total)
    return plan


def _plan_row(plan, existing, by_key, row_number, cells, columns) -> None:
    problems: list[Problem] = []
    person: dict[str, tuple[Any, str]] = {}  # key → (value, the header it came from)
    detention: dict[str, object] = {}
    case: dict[str, object] = {}
    for index, header, target in columns:
        raw = cells[index] if index < len(cells) else None
        if not cell_text(raw):
            continue
        try:
            value = _convert(target, raw, plan.mapping)
        except ValueProblem as exc:
            problems.append(
                Problem(row_number, header, cell_text(raw), str(exc), detail=exc.detail)
            )
            continue
        if target.kind == "charges":
            value, warnings = _charges(cast(list[str], value), plan.mapping, row_number, header)
            problems += warnings
        group, _, key = target.key.partition(".")
        if group == "detention":
            detention[key] = value
        elif group == "case":
            case[key] = value
        else:
            person[target.key] = (value, header)
    plan.problems += problems
    if _blank_row_values(person) and not detention and not case:
        return
    row_plan = RowPlan(row_number, "skip")
    plan.rows.append(row_plan)
    if any(p.severity == "error" for p in problems):
        return

    name_texts = [v for k, (v, _) in person.items() if k in ("name", "name.ar", "name.en")]
    birth = person.get("birth_date", (None, None))[0]
    profile_id, base, is_new, problem = _resolve(
        plan, existing, by_key, person, name_texts, birth, row_number
    )
    if problem:
        plan.problems.append(problem)
        if problem.severity == "error":
            return
    before = copy.deepcopy(base)
    profile = copy.deepcopy(base)
    for key, (value, _header) in person.items():
        if key == "id":
            continue
        _apply_person_value(profile, key, value)
    if detention:
        _apply_detention(profile, detention)
    if case:
        _apply_case(profile, case)
    row_plan.name = (
        (profile.get("name") or {}).get("ar") or (profile.get("name") or {}).get("en") or ""
    )
    # Validate a copy without attachment bytes: check_document would re-encode stored photos.
    probe = dict(profile)
    if probe.get("attachments"):
        probe["attachments"] = [
            {k: v for k, v in a.items() if k != "data"} for a in probe["attachments"]
        ]
    try:
        check_document(
            {"format": "profileeditor.profiles", "version": 1, "profiles": [probe]},
            f"row {row_number}",
        )
    except BadInputFile as exc:
        plan.problems.append(Problem(row_number, None, None, str(exc), detail=exc.detail))
        return
    from profileeditor.core.repository import flatten

    old_flat, new_flat = flatten(before), flatten(profile)
    row_plan.changes = sorted(
        p for p in old_flat.keys() | new_flat.keys() if old_flat.get(p) != new_flat.get(p)
    )
    row_plan.profile_id = profile_id
    if is_new and profile_id not in plan.profiles:
        row_plan.action = "create"
    else:
        row_plan.action = "update" if row_plan.changes else "unchanged"
    plan.profiles[profile_id] = profile
    if row_plan.changes:
        plan.changed.add(profile_id)
    for text in name_texts:
        if birth:
            by_key[(_name_key(str(text)), str(birth))] = profile_id


def _resolve(plan, existing, by_key, person, name_texts, birth, row_number):
    """Which profile the row is about: (id, current profile, is new, problem or None)."""
    if "id" in person:
        profile_id = person["id"][0]
        if profile_id in plan.profiles:
            return profile_id, plan.profiles[profile_id], False, None
        stored = existing.get(profile_id)
        if stored is not None:
            plan.existing.add(profile_id)
            return profile_id, stored, False, None
        if not name_texts:
            return (
                None,
                None,
                False,
                Problem.of(row_number, person["id"][1], profile_id, message("import.no_such_id")),
            )
        return profile_id, {"id": profile_id}, True, None
    if not name_texts:
        return (
            None,
            None,
            False,
            Problem.of(row_number, None, None, message("import.row_has_no_name")),
        )
    if birth:
        for text in name_texts:
            key = (_name_key(str(text)), str(birth))
            if key in by_key:
                return by_key[key], plan.profiles[by_key[key]], False, None
        for text in name_texts:
            for candidate in existing.by_name(str(text)):
                stored = plan.profiles.get(candidate) or existing.get(candidate)
                if stored and stored.get("birth_date") == birth:
                    plan.existing.add(candidate)
                    return candidate, stored, False, None
    new_id = str(uuid.uuid4())
    namesakes = [c for t in name_texts for c in existing.by_name(str(t))]
    if namesakes:
        warning = Problem.of(
            row_number,
            None,
            str(name_texts[0]),
            message("import.namesake", id=namesakes[0]),
            severity="warning",
        )
        return new_id, {"id": new_id}, True, warning
    return new_id, {"id": new_id}, True, None


def _apply_person_value(profile: dict, key: str, value: object) -> None:
    target = TARGETS_BY_KEY[key]
    if key == "consent.level":
        profile["consent"] = {**(profile.get("consent") or {}), "level": value}
    elif target.kind == "text":
        base, lang = _split_key(key)
        _set_text(profile, base, lang, str(value))
    elif target.kind == "list":
        current = list(profile.get(key) or [])
        profile[key] = current + [v for v in cast(list, value) if v not in current]
    else:
        profile[key] = value


def _apply_detention(profile: dict, values: dict) -> None:
    detentions = profile.setdefault("detentions", [])
    arrest = values.get("arrest_date")
    episode = next((d for d in detentions if arrest and d.get("arrest_date") == arrest), None)
    if episode is None:
        episode = {"id": str(uuid.uuid4())}
        detentions.append(episode)
    for key, value in values.items():
        base, lang = _split_key(key)
        if key == "facility":
            facilities = episode.setdefault("facilities", [])
            wanted = _name_key(str(value))
            known = {_name_key(t) for f in facilities for t in (f.get("name") or {}).values() if t}
            if wanted not in known:
                facility: dict = {}
                _set_text(facility, "name", None, str(value))
                facilities.append(facility)
        elif TARGETS_BY_KEY[f"detention.{key}"].kind == "text":
            _set_text(episode, base, lang, str(value))
        else:
            episode[key] = value


def _apply_case(profile: dict, values: dict) -> None:
    cases = profile.setdefault("cases", [])
    number, year = values.pop("number", (None, None))
    year = values.pop("year", None) or year
    match = None
    if number:
        match = next(
            (
                c
                for c in cases
                if c.get("number") == number
                and (not year or not c.get("year") or c["year"] == year)
            ),
            None,
        )
    if match is None:
        match = {"id": str(uuid.uuid4())}
        cases.append(match)
    if number:
        match["number"] = number
    if year:
        match["year"] = year
    for key, value in values.items():
        base, lang = _split_key(key)
        if key == "charges":
            current = list(match.get("charges") or [])
            match["charges"] = current + [c for c in value if c not in current]
        elif TARGETS_BY_KEY[f"case.{key}"].kind == "text":
            _set_text(match, base, lang, str(value))
        else:
            match[key] = value


# -- storing -------------------------------------------------------------------------------------


def apply_plan(
    repository: Repository,
    plan: ImportPlan,
    import_good_rows: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = 500,
) -> ImportResult:
    """Store what the plan's good rows make. Refuses (SpreadsheetRefused, nothing stored) when
    the plan has errors, unless ``import_good_rows``."""
    if plan.has_errors and not import_good_rows:
        raise SpreadsheetRefused(plan)
    ids = [i for i in plan.profiles if i in plan.changed]
    total = len(ids)

    def report(done: int) -> None:
        if progress:
            progress("store", done, total)

    return repository.import_profiles(
        (plan.profiles[i] for i in ids),
        batch_size=batch_size,
        progress=report,
        cancelled=cancelled,
    )


def import_spreadsheet(
    repository: Repository,
    path: Path | Sheet,
    mapping: Mapping | Path | None = None,
    dry_run: bool = False,
    import_good_rows: bool = False,
    progress: Progress | None = None,
) -> tuple[ImportPlan, ImportResult | None]:
    """Plan, then (unless ``dry_run``) store; the one call the command line makes."""
    if isinstance(mapping, str | Path):
        try:
            mapping = Mapping.load(Path(mapping))
        except MappingError as exc:
            raise BadInputFile(str(exc)) from exc
    plan = plan_import(
        repository, path if isinstance(path, Sheet) else Path(path), mapping, progress
    )
    if dry_run:
        return plan, None
    return plan, apply_plan(repository, plan, import_good_rows, progress)
