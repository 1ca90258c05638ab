"""Profiles in the vault's database: create, read, update, trash, restore, purge, history, search.

The only code that writes SQL. Profiles go in and come out as interchange-format dicts
(core/model.py); each record type has its own table. Every change writes revision rows (field
path, old, new, time, author); searching goes through an FTS5 index over Arabic-normalised text.
Each public method that writes runs in one transaction, so a crash leaves either the old or the
new profile, whole. Transactions nest: inside another one a write is a SAVEPOINT, so a
multi-step write (a duplicates merge, an import, a bundle merge) commits whole or not at all.
Every committed write is announced on ``changes`` (core/changes.py); every database error comes
out as a ``StorageError`` (core/errors.py). An update writes only the rows and columns that
differ, and may carry the profile's ``revision`` so that a save over a newer version is refused.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlcipher3

from profileeditor.core import agenda, arabic, errors, schema, vocab
from profileeditor.core.changes import (
    CREATED,
    DELETED,
    PURGED,
    RESTORED,
    SETTINGS,
    UPDATED,
    Change,
    ChangeHub,
)
from profileeditor.core.facts import DEFAULT_LEGAL_LIMIT_DAYS, WARNINGS_VERSION, compute
from profileeditor.core.model import RECORDS, Record, all_columns, from_columns, to_columns

SETTING_AUTHOR = "author_name"
SETTING_LEGAL_LIMIT = "legal_limit_days"
# The facts.WARNINGS_VERSION the stored warnings were computed under.
SETTING_WARNINGS = "warnings_version"

# Fields whose change is not history: bookkeeping, and photo bytes (their sha256 stands in).
_UNTRACKED = {"updated_at", "created_at"}


class ProfileNotFound(KeyError):
    pass


class InvalidProfile(ValueError):
    pass


class StaleProfile(Exception):
    """An update carried a revision older than the stored one: someone else saved in between,
    and writing this version would silently undo their change."""

    def __init__(self, profile_id: str, expected: int, found: int):
        super().__init__(
            f"profile {profile_id} was changed elsewhere since it was read "
            f"(revision {found}, not {expected}); reload it and make the change again"
        )
        self.profile_id = profile_id
        self.expected = expected
        self.found = found


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Filters:
    """What the list may be narrowed to; None means any."""

    status: str | None = None
    profession: str | None = None
    prosecution: str | None = None
    facility: str | None = None  # a facility name (ar or en) the person was ever held in
    beyond_limit: bool | None = None
    consent: str | None = None
    # Held there now (the current facility of an open detention) rather than ever held there.
    facility_now: bool = False
    attention: bool = False  # only records that contradict themselves (core/facts.py warnings)
    trash: bool = False  # the trash view instead of the live list


SORTS = ("name", "updated", "days")


@dataclass(frozen=True)
class Summary:
    """One row of the profile list."""

    pk: int
    id: str
    name_ar: str | None
    name_en: str | None
    status: str | None
    profession: str | None
    days_detained: int | None
    facility_ar: str | None
    facility_en: str | None
    case_numbers: str | None
    beyond_limit: bool
    updated_at: str | None
    has_photo: bool
    approximate: bool
    warnings: tuple[str, ...] = ()  # core/facts.py's codes; core.wording.warning words them
    sex: str | None = None  # the Arabic labels agree with the person (vocab.label's sex)


@dataclass(frozen=True)
class Revision:
    profile_id: str
    field: str
    old: Any
    new: Any
    at: str
    author: str | None


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def flatten(profile: dict) -> dict[str, Any]:
    """Leaf values by path, sub-records keyed by id: ``cases[<id>].proceedings[<id>].date``."""
    out: dict[str, Any] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                if key in _UNTRACKED and not path:
                    continue
                if key == "data" and path.startswith("attachments["):
                    continue
                walk(child, f"{path}.{key}" if path else key)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for index, item in enumerate(value):
                walk(item, f"{path}[{item.get('id', index)}]")
        else:
            out[path] = value

    walk(profile, "")
    return out


# What the index holds besides the words (issue 13 item 11): bump when _search_text changes, and
# an older vault's index is rebuilt on its first search.
SEARCH_INDEX_VERSION = 2
SETTING_SEARCH_INDEX = "search_index_version"
# Name skeletons are indexed as words of their own under this mark, which folding never
# produces from text a user types into the search box in a way that matters (a Latin "qx").
SKELETON_MARK = "qx"
# Shorter skeletons ("l" for Ali) would match half the vault.
MIN_SKELETON = 3


def _fts_query(text: str, transliterate: bool = False) -> str:
    """Search-as-you-type: every word must match, the last (or any) as a prefix. An Arabic word
    also matches its forms with a joined و ب ل ف ك or the article (وادي finds بوادي). With
    ``transliterate`` a word in Latin letters also matches names that sound alike through the
    duplicate finder's skeletons ("shenawi" finds "El-Shenawy" and الشناوي)."""
    from profileeditor.core.duplicates import word_skeletons  # imports this module

    groups = []
    for tok in re.findall(r"\w+", arabic.normalize(text)):
        terms = ['"' + form.replace('"', '""') + '"*' for form in arabic.prefixed_forms(tok)]
        if transliterate and not arabic.has_arabic(tok):
            skeletons = [k for k in word_skeletons(tok) if len(k) >= MIN_SKELETON]
            terms += [f'names : "{SKELETON_MARK}{k}"*' for k in skeletons]
        groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(groups)


def _text(value: dict | None) -> list[str]:
    return [v for v in (value or {}).values() if isinstance(v, str) and v]


def _search_text(profile: dict) -> tuple[str, str]:
    """The normalised shadow texts (names, everything else) that the FTS index holds."""
    names = _text(profile.get("name")) + list(profile.get("aliases") or [])
    body = _text(profile.get("bio")) + list(profile.get("tags") or [])
    for key in ("governorate", "occupation", "affiliation"):
        body += _text(profile.get(key))
    for list_name in ("profession", "status"):
        code = profile.get(list_name)
        body += [vocab.label(list_name, code, "ar"), vocab.label(list_name, code, "en")]
    for det in profile.get("detentions") or []:
        for facility in det.get("facilities") or []:
            body += _text(facility.get("name"))
    for case in profile.get("cases") or []:
        body += [str(case.get("number") or ""), str(case.get("year") or "")]
        for code in case.get("charges") or []:
            body += [vocab.label("charge", code, "ar"), vocab.label("charge", code, "en")]
    from profileeditor.core.duplicates import word_skeletons  # imports this module

    skeletons = {
        SKELETON_MARK + k for name in names for k in word_skeletons(name) if len(k) >= MIN_SKELETON
    }
    names_text = arabic.normalize(" ".join(names))
    return " ".join([names_text, *sorted(skeletons)]), arabic.normalize(" ".join(body))


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def day_number(iso_day: str | date | None) -> int | None:
    """Days since 1970-01-01 — how the list stores dates it computes with."""
    if iso_day is None:
        return None
    day = date.fromisoformat(iso_day) if isinstance(iso_day, str) else iso_day
    return day.toordinal() - _EPOCH_ORDINAL


def _derived(profile: dict) -> dict[str, Any]:
    """Columns computed from the profile for list, filters and sorting (date-independent), and
    under ``AGENDA_CASES`` the row of the agenda_cases table (schema v7; None: no row)."""
    facts = compute(profile)
    name = profile.get("name") or {}
    numbers = []
    for case in profile.get("cases") or []:
        if case.get("number"):
            numbers.append(
                f"{case['number']}/{case['year']}" if case.get("year") else case["number"]
            )
    facility = facts.current_facility or {}
    out = {
        "sort_name_ar": arabic.normalize(name.get("ar") or name.get("en")),
        "sort_name_en": arabic.normalize(name.get("en") or name.get("ar")),
        "episode_start": facts.episode_start,
        "episode_end": facts.episode_end,
        "open_pretrial_start": facts.open_pretrial_start,
        "closed_pretrial_days": facts.closed_pretrial_days,
        "facility_ar": facility.get("ar"),
        "facility_en": facility.get("en"),
        "case_numbers": ", ".join(numbers),
        "prosecutions": " ".join(
            sorted({c.get("prosecution") or "" for c in profile.get("cases") or []})
        ).strip(),
        "approximate": int(facts.approximate),
        "episode_start_day": day_number(facts.episode_start),
        "episode_end_day": day_number(facts.episode_end),
        "open_pretrial_start_day": day_number(facts.open_pretrial_start),
        "warnings": " ".join(facts.warnings) or None,
    }
    cases = agenda.case_sessions(profile)
    out[AGENDA_CASES] = agenda.encode_cases(cases)
    out["agenda_until"] = agenda.cases_until(cases)
    return out


AGENDA_CASES = "agenda_cases"


def _write_agenda_cases(conn, rows: list[tuple[int, str | None]]) -> None:
    """(profile pk, encoded cases or None) into the agenda_cases table (None: no row)."""
    conn.executemany("DELETE FROM agenda_cases WHERE pk = ?", [(pk,) for pk, c in rows if not c])
    conn.executemany(
        "INSERT OR REPLACE INTO agenda_cases(pk, cases) VALUES (?, ?)", [r for r in rows if r[1]]
    )


def _unique_ids(items: list) -> bool:
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    return None not in ids and len(set(ids)) == len(ids)


# A change's ids wait in the repository's queue until the outermost transaction commits: for a
# bulk import that is every id of every batch. Held as the profiles' own id strings they would
# pin, one small string in each, the memory of every batch the import has already written
# (Python frees its small-object arenas only when empty): 130 MB kept at the end of a
# 40,000-profile import, which the index building and the commit then had to add to. Packed
# into one string per batch they take 37 bytes a profile and pin nothing.
_ID_SEPARATOR = "\x00"


def _packed(ids: tuple[str, ...]) -> str | tuple[str, ...]:
    """The ids as one string, or the tuple itself if an id holds the separator."""
    joined = _ID_SEPARATOR.join(ids)
    return joined if joined.count(_ID_SEPARATOR) == len(ids) - 1 else ids


def _unpacked(kind: str, ids: str | tuple[str, ...], fields: tuple[str, ...]) -> Change:
    if isinstance(ids, str):
        ids = tuple(ids.split(_ID_SEPARATOR))  # () is never packed: "" is one empty id
    return Change(kind, ids, fields)


def validate_shape(profile: dict) -> None:
    """The minimum the store needs; full validation is the importer's (jsonschema)."""
    if not isinstance(profile, dict):
        raise InvalidProfile("a profile must be an object")
    try:
        uuid.UUID(str(profile.get("id")))
    except ValueError as exc:
        raise InvalidProfile(f"profile id is not a UUID: {profile.get('id')!r}") from exc
    name = profile.get("name") or {}
    if not (name.get("ar") or name.get("en")):
        raise InvalidProfile(f"profile {profile.get('id')} has no name")


class Repository:
    """Profiles of one open vault, over one SQLCipher connection (used from one thread)."""

    def __init__(self, conn, changes: ChangeHub | None = None):
        self._conn = conn
        self._lock = threading.RLock()
        # Shared by every repository of one vault (workers pass the GUI's): see core/changes.py.
        self.changes = changes if changes is not None else ChangeHub()
        self._depth = 0  # open transactions: 0 none, 1 BEGIN, more are SAVEPOINTs
        # Inside a flat transaction (an import): the depth it opened at, else None; and whether
        # something inside it failed (then it cannot commit, see transaction).
        self._flat_at: int | None = None
        self._flat_failed = False
        # Announced when the outermost transaction commits, each change's ids packed (see
        # _announce): (kind, packed ids, fields).
        self._queued: list[tuple[str, str | tuple[str, ...], tuple[str, ...]]] = []

    def close(self) -> None:
        from profileeditor.core.duplicates import forget_words  # imports this module

        self._conn = None
        forget_words()

    @property
    def conn(self):
        if self._conn is None:
            raise RuntimeError("the vault is locked")
        return self._conn

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self, flat: bool = False) -> Iterator[Any]:
        """One transaction; inside another, a SAVEPOINT that rolls back alone on error and
        commits only with the outermost. Errors of the database come out as StorageError.

        ``flat`` (imports): the transactions opened inside this one make no savepoints, and if
        any of them fails this one rolls back whole at its end even when the error was caught.
        A savepoint keeps a copy of every page it changes that existed before it began (in
        memory: temp_store is MEMORY so that no plaintext reaches a temp file); an import's
        batches change pages all over the id index and the search index, so those copies cost a
        100,000-profile import a quarter of its CPU time and 240 MB, for a rollback that only
        ever rolls back the whole import anyway."""
        with self._lock:
            if self._flat_at is not None:
                yield from self._flat_inner()
                return
            conn = self.conn
            depth = self._depth
            mark = len(self._queued)
            name = f"sp{depth}"
            with errors.translated():
                # The vault's session marker reaches the database file before the first commit
                # (core/vault.py, VaultConnection).
                before_first_write = getattr(conn, "before_first_write", None)
                if depth == 0 and before_first_write is not None:
                    before_first_write(conn)
                conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            self._depth += 1
            if flat:
                self._flat_at, self._flat_failed = depth, False
            try:
                try:
                    yield conn
                    if flat and self._flat_failed:
                        raise errors.StorageBug(
                            "a write inside an import failed and was caught; nothing was stored"
                        )
                except BaseException as exc:
                    self._undo(conn, depth, name, mark)
                    if isinstance(exc, sqlcipher3.Error):
                        raise errors.classify(exc) from exc
                    raise
                try:
                    conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
                except sqlcipher3.Error as exc:  # disk full at commit: nothing was written
                    self._undo(conn, depth, name, mark)
                    raise errors.classify(exc) from exc
            finally:
                self._depth = depth
                if flat:
                    self._flat_at = None
            if depth == 0:
                queued, self._queued = self._queued, []
                if queued:
                    self.changes.publish([_unpacked(*entry) for entry in queued])

    def _flat_inner(self) -> Iterator[Any]:
        """A transaction inside a flat one: no savepoint; a failure marks the flat one."""
        conn = self.conn
        self._depth += 1
        try:
            yield conn
        except BaseException as exc:
            self._flat_failed = True
            if isinstance(exc, sqlcipher3.Error):
                raise errors.classify(exc) from exc
            raise
        finally:
            self._depth -= 1

    def _undo(self, conn, depth: int, name: str, mark: int) -> None:
        del self._queued[mark:]
        # SQLite may have rolled back already (some errors end the transaction themselves).
        with contextlib.suppress(sqlcipher3.Error):
            if depth == 0:
                conn.execute("ROLLBACK")
            else:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")

    @contextlib.contextmanager
    def waiting_at_most(self, ms: int) -> Iterator[None]:
        """Writes inside wait at most ``ms`` for another connection's write lock, instead of the
        connection's usual 5 s: the editor's saves fail fast and retry on a timer rather than
        freezing the window while an import or another program writes."""
        with self._lock:
            conn = self.conn
            before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
            conn.execute(f"PRAGMA busy_timeout = {int(ms)}")
            try:
                yield
            finally:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute(f"PRAGMA busy_timeout = {int(before)}")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _announce(self, kind: str, ids: Iterable[str], fields: Iterable[str] = ()) -> None:
        """Queue a change for the end of the current transaction (call inside one)."""
        ids = tuple(ids)
        if ids or kind == SETTINGS:
            self._queued.append((kind, _packed(ids), tuple(fields)))

    def revision(self, profile_id: str) -> int:
        """The profile's revision: the key of its newest history row. Every stored change writes
        one, so a save that read revision r may write only while it is still r."""
        with self._lock, errors.translated():
            row = self.conn.execute(
                "SELECT max(pk) FROM revisions WHERE profile_id = ?", (profile_id,)
            ).fetchone()
        return row[0] or 0

    # -- settings (inside the encrypted database) -----------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self._announce(SETTINGS, (), (key,))

    def refresh_warnings(self) -> int:
        """Compute the stored warnings again with core/facts.py when they were stored under older
        rules than today's (``facts.WARNINGS_VERSION``), or by a version of the schema that had
        none: all profiles in one transaction, loaded a chunk at a time, and only the changed
        rows written. Returns how many changed. Vault opening calls it; with current warnings it
        is one read and takes no write lock."""
        if self.get_setting(SETTING_WARNINGS) == WARNINGS_VERSION:
            return 0
        with self._lock, self.transaction() as conn:
            pks = [pk for (pk,) in conn.execute("SELECT pk FROM profiles ORDER BY pk")]
            changed = []
            for i in range(0, len(pks), 500):
                chunk = pks[i : i + 500]
                marks = ", ".join("?" * len(chunk))
                stored = dict(
                    conn.execute(f"SELECT pk, warnings FROM profiles WHERE pk IN ({marks})", chunk)
                )
                profiles = self._load(conn, chunk, with_data=False)
                for pk, profile in zip(chunk, profiles, strict=True):
                    codes = " ".join(compute(profile).warnings) or None
                    if codes != stored[pk]:
                        changed.append((codes, pk))
            conn.executemany("UPDATE profiles SET warnings = ? WHERE pk = ?", changed)
            conn.execute(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                (SETTING_WARNINGS, json.dumps(WARNINGS_VERSION)),
            )
        return len(changed)

    @property
    def author(self) -> str | None:
        return self.get_setting(SETTING_AUTHOR)

    @property
    def legal_limit_days(self) -> int:
        return int(self.get_setting(SETTING_LEGAL_LIMIT, DEFAULT_LEGAL_LIMIT_DAYS))

    # -- writing rows --------------------------------------------------------------------------
    def _next_pks(self, conn) -> dict[str, int]:
        return {
            table: (conn.execute(f"SELECT coalesce(max(pk), 0) FROM {table}").fetchone()[0] + 1)
            for table in RECORDS
        }

    def _collect_rows(
        self,
        record: Record,
        item: Any,
        parent_pk: int | None,
        position: int,
        next_pk: dict[str, int],
        rows: dict[str, list[list[Any]]],
    ) -> int:
        pk = next_pk[record.table]
        next_pk[record.table] += 1
        head = [pk] if parent_pk is None else [pk, parent_pk, position]
        rows.setdefault(record.table, []).append(head + to_columns(record, item))
        if not record.scalar_list:
            for child_table in record.children:
                child = RECORDS[child_table]
                for index, child_item in enumerate(item.get(child.json_key) or []):
                    self._collect_rows(child, child_item, pk, index, next_pk, rows)
        return pk

    def _insert_rows(self, conn, rows: dict[str, list[list[Any]]], derived: list[dict]) -> None:
        for table, table_rows in rows.items():
            record = RECORDS[table]
            cols = ["pk"] + ([] if not record.parent_table else ["parent_pk", "position"])
            cols += [f'"{c}"' for c in all_columns(record)]
            if table == "profiles":
                cols += list(derived[0].keys())
                table_rows = [
                    r + list(d.values()) for r, d in zip(table_rows, derived, strict=True)
                ]
            marks = ", ".join("?" * len(cols))
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", table_rows
            )

    def _index(self, conn, items: list[tuple[int, dict]]) -> None:
        if not getattr(self, "_index_checked", False):
            self._note_fresh_index(conn, len(items))
        conn.executemany(
            "INSERT INTO search_index(rowid, names, body) VALUES (?, ?, ?)",
            [(pk, *_search_text(p)) for pk, p in items],
        )

    def _write_new(self, conn, profiles: list[dict], next_pk: dict[str, int]) -> None:
        rows: dict[str, list[list[Any]]] = {}
        indexed, derived, cases = [], [], []
        for profile in profiles:
            pk = self._collect_rows(RECORDS["profiles"], profile, None, 0, next_pk, rows)
            indexed.append((pk, profile))
            columns = _derived(profile)
            encoded = columns.pop(AGENDA_CASES)
            if encoded:
                cases.append((pk, encoded))
            derived.append(columns)
        self._insert_rows(conn, rows, derived)
        # New pks, in order: appended at the end of the table (no row to delete or replace).
        conn.executemany("INSERT INTO agenda_cases(pk, cases) VALUES (?, ?)", cases)
        self._index(conn, indexed)

    def _pk_of(self, conn, profile_id: str) -> int | None:
        row = conn.execute("SELECT pk FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        return None if row is None else row[0]

    def _pks_of(self, conn, profile_ids: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for i in range(0, len(profile_ids), 500):
            chunk = profile_ids[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(conn.execute(f"SELECT id, pk FROM profiles WHERE id IN ({marks})", chunk))
        return found

    def _revise(self, conn, profile_id: str, changes: list[tuple[str, Any, Any]], at: str) -> None:
        self._revise_many(conn, [(profile_id, path, old, new) for path, old, new in changes], at)

    def _revise_many(self, conn, entries: list[tuple[str, str, Any, Any]], at: str) -> None:
        """History rows: (profile id, field path, old value, new value), values as JSON."""
        author = self.author
        conn.executemany(
            "INSERT INTO revisions(profile_id, field, old, new, at, author) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    profile_id,
                    path,
                    None if old is None else json.dumps(old, ensure_ascii=False),
                    None if new is None else json.dumps(new, ensure_ascii=False),
                    at,
                    author,
                )
                for profile_id, path, old, new in entries
            ],
        )

    @staticmethod
    def _changes(old: dict, new: dict) -> list[tuple[str, Any, Any]]:
        before, after = flatten(old), flatten(new)
        return [
            (path, before.get(path), after.get(path))
            for path in sorted(before.keys() | after.keys())
            if before.get(path) != after.get(path)
        ]

    def _replace(self, conn, pk: int, old: dict, new: dict, at: str) -> list[str]:
        """Bring the stored ``old`` to ``new`` in place: only the rows and columns that differ
        are written (a photo's bytes are not rewritten for a changed caption), and the search
        index only when its text changed."""
        changes = self._changes(old, new)
        if not changes:
            return []
        new = {
            **new,
            "created_at": old.get("created_at") or new.get("created_at") or at,
            "updated_at": at,
        }
        profiles = RECORDS["profiles"]
        columns = self._changed_columns(profiles, old, new)
        before, after = _derived(old), _derived(new)
        columns.update({k: v for k, v in after.items() if before.get(k) != v})
        if AGENDA_CASES in columns:
            _write_agenda_cases(conn, [(pk, columns.pop(AGENDA_CASES))])
        self._set_columns(conn, "profiles", pk, columns)
        next_pk: dict[str, int] = {}
        for child_table in profiles.children:
            child = RECORDS[child_table]
            self._update_children(
                conn,
                child,
                pk,
                old.get(child.json_key) or [],
                new.get(child.json_key) or [],
                next_pk,
            )
        if _search_text(old) != _search_text(new):
            conn.execute("DELETE FROM search_index WHERE rowid = ?", (pk,))
            self._index(conn, [(pk, new)])
        self._revise(conn, new["id"], changes, at)
        return [path for path, _, _ in changes]

    @staticmethod
    def _changed_columns(record: Record, old: Any, new: Any) -> dict[str, Any]:
        names = all_columns(record)
        before, after = to_columns(record, old), to_columns(record, new)
        return {n: a for n, b, a in zip(names, before, after, strict=True) if b != a}

    @staticmethod
    def _set_columns(conn, table: str, pk: int, columns: dict[str, Any]) -> None:
        if columns:
            assignments = ", ".join(f'"{name}" = ?' for name in columns)
            conn.execute(f"UPDATE {table} SET {assignments} WHERE pk = ?", [*columns.values(), pk])

    def _update_children(
        self,
        conn,
        record: Record,
        parent_pk: int,
        old_items: list,
        new_items: list,
        next_pk: dict[str, int],
    ) -> None:
        """The rows of one parent's list from ``old_items`` to ``new_items``: matched by id,
        a changed item updated, a moved one renumbered, a new one inserted, a gone one deleted
        (its children by cascade). Lists without ids (facilities, charges) are small and
        written again whole when they differ."""
        if old_items == new_items:
            return
        if not next_pk:
            next_pk.update(self._next_pks(conn))
        if not (record.has_id and _unique_ids(old_items) and _unique_ids(new_items)):
            conn.execute(f"DELETE FROM {record.table} WHERE parent_pk = ?", (parent_pk,))
            rows: dict[str, list[list[Any]]] = {}
            for position, item in enumerate(new_items):
                self._collect_rows(record, item, parent_pk, position, next_pk, rows)
            self._insert_rows(conn, rows, [])
            return
        stored = dict(
            conn.execute(f"SELECT id, pk FROM {record.table} WHERE parent_pk = ?", (parent_pk,))
        )
        old_by_id = {item["id"]: (position, item) for position, item in enumerate(old_items)}
        kept = {item["id"] for item in new_items}
        conn.executemany(
            f"DELETE FROM {record.table} WHERE pk = ?",
            [(stored[i],) for i in old_by_id if i not in kept and i in stored],
        )
        rows = {}
        for position, item in enumerate(new_items):
            found = old_by_id.get(item["id"])
            if found is None or item["id"] not in stored:
                self._collect_rows(record, item, parent_pk, position, next_pk, rows)
                continue
            old_position, old_item = found
            if old_item == item and old_position == position:
                continue
            pk = stored[item["id"]]
            columns = self._changed_columns(record, old_item, item)
            if old_position != position:
                columns["position"] = position
            self._set_columns(conn, record.table, pk, columns)
            for child_table in record.children:
                child = RECORDS[child_table]
                self._update_children(
                    conn,
                    child,
                    pk,
                    old_item.get(child.json_key) or [],
                    item.get(child.json_key) or [],
                    next_pk,
                )
        self._insert_rows(conn, rows, [])

    # -- public writes -------------------------------------------------------------------------
    def create_profile(self, profile: dict) -> str:
        """Store a new profile (an id is made if it has none); returns its id."""
        profile = dict(profile)
        profile.setdefault("id", str(uuid.uuid4()))
        validate_shape(profile)
        at = now_iso()
        profile.setdefault("created_at", at)
        profile.setdefault("updated_at", at)
        with self.transaction() as conn:
            if self._pk_of(conn, profile["id"]) is not None:
                raise InvalidProfile(f"a profile with id {profile['id']} exists already")
            self._write_new(conn, [profile], self._next_pks(conn))
            self._revise(conn, profile["id"], [("*", None, "created")], at)
            self._announce(CREATED, [profile["id"]])
        return profile["id"]

    def update_profile(self, profile: dict, expected_revision: int | None = None) -> list[str]:
        """Bring a stored profile to ``profile`` (same id); returns the changed field paths,
        each written to the history. With ``expected_revision`` (what ``revision`` said when
        the caller read the profile) a profile saved by someone else since is not overwritten:
        StaleProfile is raised and nothing is written."""
        validate_shape(profile)
        with self.transaction() as conn:
            pk = self._pk_of(conn, profile["id"])
            if pk is None:
                raise ProfileNotFound(profile["id"])
            if expected_revision is not None:
                found = self.revision(profile["id"])
                if found != expected_revision:
                    raise StaleProfile(profile["id"], expected_revision, found)
            old = self._load(conn, [pk])[0]
            changed = self._replace(conn, pk, old, profile, now_iso())
            self._announce(UPDATED, [profile["id"]] if changed else [], changed)
            return changed

    def import_profiles(
        self,
        profiles: Iterable[dict],
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        bulk: bool = False,
    ) -> ImportResult:
        """Add or update (by id) many profiles, in one transaction: the import is stored whole
        or not at all (a crash, an error or ``cancelled()`` leaves the vault as it was; a
        cancel raises errors.Cancelled).

        ``progress(n)`` is called after each batch of ``batch_size`` with the number written so
        far (committed only when the call returns). ``bulk`` (for imports about as large as the
        vault) builds the list and history indexes once at the end instead of row by row.
        """
        with self.transaction(flat=True) as conn:
            if bulk:
                schema.defer_indexes(conn)
            result = self._import(profiles, batch_size, progress, cancelled)
            if bulk:
                schema.restore_indexes(conn)
        return result

    @contextlib.contextmanager
    def bulk_import(self) -> Iterator[None]:
        """Several imports inside as one: one transaction, the list and history indexes built
        once at the end (as ``import_profiles(bulk=True)`` does for one). An error inside
        rolls back all of them, even if caught inside the block."""
        with self.transaction(flat=True) as conn:
            schema.defer_indexes(conn)
            yield
            schema.restore_indexes(conn)

    def _import(self, profiles, batch_size, progress, cancelled) -> ImportResult:
        result = ImportResult()
        batch: list[dict] = []
        done = 0

        def flush() -> None:
            nonlocal done
            if cancelled and cancelled():
                raise errors.Cancelled("the import was cancelled; nothing was stored")
            at = now_iso()
            created: list[str] = []
            updated: list[str] = []
            with self.transaction() as conn:
                next_pk = self._next_pks(conn)
                new = []
                existing = self._pks_of(conn, [p["id"] for p in batch])
                for profile in batch:
                    pk = existing.get(profile["id"])
                    if pk is None:
                        new.append({"created_at": at, "updated_at": at, **profile})
                        created.append(profile["id"])
                        continue
                    old = self._load(conn, [pk])[0]
                    if self._replace(conn, pk, old, profile, at):
                        updated.append(profile["id"])
                        next_pk = self._next_pks(conn)
                    else:
                        result.unchanged.append(profile["id"])
                self._write_new(conn, new, next_pk)
                self._revise_many(conn, [(p["id"], "*", None, "imported") for p in new], at)
                self._announce(CREATED, created)
                self._announce(UPDATED, updated)
            result.created += created
            result.updated += updated
            done += len(batch)
            batch.clear()
            if progress:
                progress(done)

        seen: set[str] = set()
        for profile in profiles:
            validate_shape(profile)
            if profile["id"] in seen:  # a second copy in one batch would collide with the first
                flush()
                seen.clear()
            seen.add(profile["id"])
            batch.append(profile)
            if len(batch) >= batch_size:
                flush()
                seen.clear()
        if batch:
            flush()
        return result

    def add_revision(self, profile_id: str, field: str, old: Any, new: Any) -> None:
        """A history row for something decided outside an edit (a conflict settled), so that the
        value that lost stays on record."""
        with self.transaction() as conn:
            if self._pk_of(conn, profile_id) is None:
                raise ProfileNotFound(profile_id)
            self._revise(conn, profile_id, [(field, old, new)], now_iso())
            self._announce(UPDATED, [profile_id], [field])

    def delete_profile(self, profile_id: str) -> None:
        """Move to the trash (restorable)."""
        self._set_deleted(profile_id, now_iso(), "deleted")

    def restore_profile(self, profile_id: str) -> None:
        self._set_deleted(profile_id, None, "restored")

    def _set_deleted(self, profile_id: str, when: str | None, what: str) -> None:
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE profiles SET deleted_at = ? WHERE id = ?", (when, profile_id)
            )
            if cur.rowcount == 0:
                raise ProfileNotFound(profile_id)
            self._revise(conn, profile_id, [("*", None, what)], now_iso())
            self._announce(DELETED if when else RESTORED, [profile_id])

    def purge_profile(self, profile_id: str) -> None:
        """Delete for good, with its history (secure_delete overwrites the freed pages)."""
        with self.transaction() as conn:
            pk = self._pk_of(conn, profile_id)
            if pk is None:
                raise ProfileNotFound(profile_id)
            self._purge(conn, [(pk, profile_id)])
            self._announce(PURGED, [profile_id])

    def empty_trash(self) -> int:
        """Purge everything in the trash, in one transaction."""
        with self.transaction() as conn:
            doomed = conn.execute(
                "SELECT pk, id FROM profiles WHERE deleted_at IS NOT NULL"
            ).fetchall()
            self._purge(conn, doomed)
            self._announce(PURGED, [i for _, i in doomed])
        return len(doomed)

    @staticmethod
    def _purge(conn, doomed: list[tuple[int, str]]) -> None:
        conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(pk,) for pk, _ in doomed])
        conn.executemany("DELETE FROM profiles WHERE pk = ?", [(pk,) for pk, _ in doomed])
        conn.executemany("DELETE FROM revisions WHERE profile_id = ?", [(i,) for _, i in doomed])

    # -- reading -------------------------------------------------------------------------------
    def _load_children(
        self, conn, record: Record, parent_pks: list[int], with_data: bool
    ) -> dict[int, list]:
        out: dict[int, list] = {}
        if not parent_pks:
            return out
        cols = ", ".join(f'"{c}"' for c in all_columns(record))
        rows = []
        for i in range(0, len(parent_pks), 500):
            chunk = parent_pks[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            rows += conn.execute(
                f"SELECT pk, parent_pk, {cols} FROM {record.table} "
                f"WHERE parent_pk IN ({marks}) ORDER BY parent_pk, position",
                chunk,
            ).fetchall()
        items = {row[0]: from_columns(record, row[2:], with_data) for row in rows}
        for child_table in record.children:
            child = RECORDS[child_table]
            grandchildren = self._load_children(conn, child, list(items), with_data)
            for pk, kids in grandchildren.items():
                items[pk][child.json_key] = kids
        for row in rows:
            out.setdefault(row[1], []).append(items[row[0]])
        return out

    def _load(self, conn, pks: list[int], with_data: bool = True) -> list[dict]:
        record = RECORDS["profiles"]
        cols = ", ".join(f'"{c}"' for c in all_columns(record))
        profiles: dict[int, dict] = {}
        for i in range(0, len(pks), 500):
            chunk = pks[i : i + 500]
            marks = ", ".join("?" * len(chunk))
            for row in conn.execute(
                f"SELECT pk, {cols} FROM profiles WHERE pk IN ({marks})", chunk
            ):
                profiles[row[0]] = from_columns(record, row[1:], with_data)
        for child_table in record.children:
            child = RECORDS[child_table]
            for pk, items in self._load_children(conn, child, list(profiles), with_data).items():
                profiles[pk][child.json_key] = items
        return [profiles[pk] for pk in pks if pk in profiles]

    def get_profile(self, profile_id: str, with_data: bool = True) -> dict:
        with self._lock:
            pk = self._pk_of(self.conn, profile_id)
            if pk is None:
                raise ProfileNotFound(profile_id)
            return self._load(self.conn, [pk], with_data)[0]

    def get_profiles(self, profile_ids: list[str], with_data: bool = True) -> list[dict]:
        """Several profiles, in the order of ``profile_ids`` (unknown ids are skipped)."""
        with self._lock:
            pks = []
            for i in range(0, len(profile_ids), 500):
                chunk = profile_ids[i : i + 500]
                marks = ", ".join("?" * len(chunk))
                found = dict(
                    self.conn.execute(f"SELECT id, pk FROM profiles WHERE id IN ({marks})", chunk)
                )
                pks += [found[pid] for pid in chunk if pid in found]
            return self._load(self.conn, pks, with_data)

    def known_ids(self, profile_ids: list[str]) -> set[str]:
        """Which of ``profile_ids`` are stored (live or in the trash)."""
        with self._lock, errors.translated():
            return set(self._pks_of(self.conn, list(profile_ids)))

    def iter_profiles(
        self, profile_ids: list[str], chunk: int = 200, with_data: bool = True
    ) -> Iterator[dict]:
        """Profiles a chunk at a time, for exports of any size in bounded memory."""
        for i in range(0, len(profile_ids), chunk):
            yield from self.get_profiles(profile_ids[i : i + chunk], with_data)

    def is_deleted(self, profile_id: str) -> bool:
        row = self.conn.execute(
            "SELECT deleted_at FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        if row is None:
            raise ProfileNotFound(profile_id)
        return row[0] is not None

    def photo(self, profile_id: str) -> bytes | None:
        """The stored bytes of the profile photo (thumbnails are made from them in memory)."""
        row = self.conn.execute(
            "SELECT a.data FROM profiles p JOIN attachments a ON a.parent_pk = p.pk AND a.id = p.photo "
            "WHERE p.id = ?",
            (profile_id,),
        ).fetchone()
        return None if row is None else row[0]

    def history(self, profile_id: str) -> list[Revision]:
        rows = self.conn.execute(
            "SELECT profile_id, field, old, new, at, author FROM revisions WHERE profile_id = ? ORDER BY pk",
            (profile_id,),
        )
        return [
            Revision(
                pid,
                f,
                None if o is None else json.loads(o),
                None if n is None else json.loads(n),
                at,
                a,
            )
            for pid, f, o, n, at, a in rows
        ]

    # -- listing and search --------------------------------------------------------------------
    # Days are integers (days since 1970-01-01, see day_number) so that sorting by days in
    # detention and testing the legal limit cost no date parsing per row.
    _DAYS_SQL = "(coalesce(p.episode_end_day, :today) - p.episode_start_day)"
    _BEYOND_SQL = "(p.closed_pretrial_days > :limit OR p.open_pretrial_start_day < :today - :limit)"

    def _note_fresh_index(self, conn, indexing: int) -> None:
        """A vault whose every profile is being indexed now (a new vault's first save or
        import) has a current index: say so, so that its first search rebuilds nothing."""
        stored = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SETTING_SEARCH_INDEX,)
        ).fetchone()
        if stored is not None:
            # Current; or older, and then rebuilt at the first search.
            self._index_checked = int(json.loads(stored[0])) >= SEARCH_INDEX_VERSION
            return
        if conn.execute("SELECT count(*) FROM profiles").fetchone()[0] == indexing:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?)",
                (SETTING_SEARCH_INDEX, json.dumps(SEARCH_INDEX_VERSION)),
            )
            self._index_checked = True

    def _text_match(self, query: str) -> str:
        """The FTS query for ``query``: its spellings as typed; when they match nothing at all,
        its transliterations too (a name typed as it sounds: "shenawi"). Exact spellings first
        keeps "Salma" from also listing "Eslam", whose consonants are the same."""
        strict = _fts_query(query)
        if not strict:
            return ""
        self._ensure_search_index()
        loose = _fts_query(query, transliterate=True)
        if loose == strict:
            return strict
        found = self.conn.execute(
            "SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT 1", (strict,)
        ).fetchone()
        return strict if found else loose

    def _ensure_search_index(self) -> None:
        """Rebuild the search index once when it was made by an older version of _search_text
        (a vault from before transliteration search): every profile, trash included."""
        if getattr(self, "_index_checked", False):
            return
        if int(self.get_setting(SETTING_SEARCH_INDEX, 1)) < SEARCH_INDEX_VERSION:
            with self.transaction() as conn:
                pks = [row[0] for row in conn.execute("SELECT pk FROM profiles ORDER BY pk")]
                conn.execute("INSERT INTO search_index(search_index) VALUES('delete-all')")
                for start in range(0, len(pks), 500):
                    chunk = pks[start : start + 500]
                    loaded = self._load(conn, chunk, with_data=False)
                    self._index(conn, list(zip(chunk, loaded, strict=True)))
                conn.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (SETTING_SEARCH_INDEX, json.dumps(SEARCH_INDEX_VERSION)),
                )
        self._index_checked = True

    def _where(self, query: str, filters: Filters, today: date | None) -> tuple[str, dict]:
        clauses = ["p.deleted_at IS NOT NULL" if filters.trash else "p.deleted_at IS NULL"]
        params: dict[str, Any] = {
            "today": day_number(today or date.today()),
            "limit": self.legal_limit_days,
        }
        fts = self._text_match(query)
        if fts:
            clauses.append("p.pk IN (SELECT rowid FROM search_index WHERE search_index MATCH :fts)")
            params["fts"] = fts
        for column in ("status", "profession"):
            value = getattr(filters, column)
            if value:
                clauses.append(f"p.{column} = :{column}")
                params[column] = value
        if filters.consent == "unknown":
            clauses.append("coalesce(p.consent_level, 'unknown') = 'unknown'")
        elif filters.consent:
            clauses.append("p.consent_level = :consent")
            params["consent"] = filters.consent
        if filters.prosecution:
            clauses.append(
                # The derived, space-separated codes of the profile's cases: answered from the
                # list index, with no per-profile probe into the cases table.
                "instr(' ' || p.prosecutions || ' ', ' ' || :prosecution || ' ') > 0"
            )
            params["prosecution"] = filters.prosecution
        if filters.facility and filters.facility_now:
            # Through the current-facility indexes of v5 (an OR beside deleted_at would scan).
            clauses.append(
                "p.pk IN (SELECT pk FROM profiles WHERE facility_ar = :facility"
                " UNION SELECT pk FROM profiles WHERE facility_en = :facility)"
            )
            params["facility"] = filters.facility
        elif filters.facility:
            clauses.append(
                "p.pk IN (SELECT d.parent_pk FROM facilities f JOIN detentions d ON d.pk = f.parent_pk"
                " WHERE f.name_ar = :facility OR f.name_en = :facility)"
            )
            params["facility"] = filters.facility
        if filters.beyond_limit is not None:
            clauses.append(f"coalesce({self._BEYOND_SQL}, 0) = :beyond")
            params["beyond"] = int(filters.beyond_limit)
        if filters.attention:
            clauses.append("p.warnings IS NOT NULL")  # the partial index of v6 answers it
        return " AND ".join(clauses), params

    def count(
        self, query: str = "", filters: Filters | None = None, today: date | None = None
    ) -> int:
        where, params = self._where(query, filters or Filters(), today)
        return self.conn.execute(
            f"SELECT count(*) FROM profiles p WHERE {where}", params
        ).fetchone()[0]

    def search(
        self,
        query: str = "",
        filters: Filters | None = None,
        sort: str = "name",
        descending: bool = False,
        lang: str = "en",
        limit: int = 200,
        offset: int = 0,
        today: date | None = None,
        ids: Iterable[str] | None = None,
    ) -> list[Summary]:
        """A page of the list: matching ``query`` (search-as-you-type) and ``filters`` (and,
        with ``ids``, only those profiles: the list refreshing the rows an edit changed)."""
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        where, params = self._where(query, filters or Filters(), today)
        if ids is not None:
            where += " AND p.id IN (SELECT value FROM json_each(:ids))"
            params["ids"] = json.dumps(list(ids))
        direction = "DESC" if descending else "ASC"
        name_col = "p.sort_name_ar" if lang == "ar" else "p.sort_name_en"
        order = {
            "name": f"{name_col} {direction}",
            # Ties go by row key, which the list index carries: a tie-break by name would make
            # SQLite read every matching wide row to sort.
            "updated": f"p.updated_at {direction}, p.pk",
            "days": f"days {direction} NULLS LAST, p.pk",
        }[sort]
        # Two steps: choose the page's keys from the narrow list index (filter and sort touch no
        # wide row), then read just those rows. One step would read every matching row whole.
        page = self.conn.execute(
            f"SELECT p.pk, {self._DAYS_SQL} AS days FROM profiles p WHERE {where} "
            f"ORDER BY {order} LIMIT :page_size OFFSET :offset",
            {**params, "page_size": limit, "offset": offset},
        ).fetchall()
        if not page:
            return []
        marks = ", ".join(str(int(pk)) for pk, _ in page)
        rows = {
            r[0]: r
            for r in self.conn.execute(
                f"SELECT p.pk, p.id, p.name_ar, p.name_en, p.status, p.profession, {self._DAYS_SQL}, "
                f"p.facility_ar, p.facility_en, p.case_numbers, coalesce({self._BEYOND_SQL}, 0), "
                f"p.updated_at, p.photo IS NOT NULL, p.approximate, p.warnings, p.sex "
                f"FROM profiles p WHERE p.pk IN ({marks})",
                {"today": params["today"], "limit": params["limit"]},
            )
        }
        return [self._summary(rows[pk]) for pk, _ in page]

    @staticmethod
    def _summary(r: tuple) -> Summary:
        return Summary(
            pk=r[0],
            id=r[1],
            name_ar=r[2],
            name_en=r[3],
            status=r[4],
            profession=r[5],
            days_detained=r[6],
            facility_ar=r[7],
            facility_en=r[8],
            case_numbers=r[9],
            beyond_limit=bool(r[10]),
            updated_at=r[11],
            has_photo=bool(r[12]),
            approximate=bool(r[13]),
            warnings=tuple(r[14].split()) if r[14] else (),
            sex=r[15],
        )

    def ids(
        self, query: str = "", filters: Filters | None = None, today: date | None = None
    ) -> list[str]:
        """Every matching id, in name order — what an export of "the filtered list" takes."""
        where, params = self._where(query, filters or Filters(), today)
        return [
            r[0]
            for r in self.conn.execute(
                f"SELECT p.id FROM profiles p WHERE {where} ORDER BY p.sort_name_en", params
            )
        ]

    def facility_names(self, lang: str = "en") -> list[str]:
        column = "name_ar" if lang == "ar" else "name_en"
        rows = self.conn.execute(
            f"SELECT DISTINCT {column} FROM facilities WHERE {column} IS NOT NULL ORDER BY 1"
        )
        return [r[0] for r in rows]

    # -- the agenda (core/agenda.py) -----------------------------------------------------------
    def _agenda_odd(self) -> tuple[list[int], dict[int, tuple[str, ...]]]:
        """The rare odd records, found apart: (arrest known to the month or year only, the
        stored warnings of those that contradict themselves — core/facts.py's codes, the same
        the editor and the list's "needs attention" filter show, read from v6's partial index)."""
        conn = self.conn
        # The milestones' precision: one pass over the detentions for the rare partial arrests.
        partial_pks = [
            pk
            for (pk,) in conn.execute(
                "SELECT DISTINCT parent_pk FROM detentions WHERE length(arrest_date) < 10 "
                "AND arrest_date <> '' ORDER BY parent_pk"
            )
        ]
        warned = {
            pk: tuple(codes.split())
            for pk, codes in conn.execute(
                "SELECT pk, warnings FROM profiles WHERE deleted_at IS NULL "
                "AND warnings IS NOT NULL"
            )
        }
        return partial_pks, warned

    def agenda_people(self, first_day: date | None = None) -> list[agenda.Person]:
        """Every live profile as the agenda reads it, from the one narrow index that holds all
        it needs (``profiles_agenda``, schema v4): no wide row is read, no profile loaded.

        With ``first_day`` (the window's first), only the profiles that can have an item on or
        after it: an open detention (milestones, sessions, contradictions), a case naming a day
        that late, or a record that contradicts itself (its stored warnings).
        """
        partial_pks, warned = self._agenda_odd()
        where, params = "deleted_at IS NULL", {}
        if first_day is not None:
            listed = ", ".join(str(int(pk)) for pk in warned)
            where += (
                " AND ((episode_start_day IS NOT NULL AND episode_end_day IS NULL)"
                f" OR agenda_until >= :first OR pk IN ({listed}))"
            )
            params["first"] = day_number(first_day)
        return self._agenda_rows(where, params, partial_pks, warned)

    def agenda_page(
        self, today: date, days: int, limit: int, legal_limit_days: int
    ) -> tuple[list[agenda.Person], dict[str, int]]:
        """What the agenda's first page needs, by indexed and C-level tests instead of reading
        every held person into Python: the people who can have a dated item in the window
        (sessions by ``agenda_until``; round day counts, the legal limit, anniversaries and
        birthdays by arithmetic on the index's day numbers), and for each kind of record
        needing attention the people of its first ``limit`` items (in the order agenda.build
        sorts them) with the count of all its items. Returns (people, {kind: count}).

        The tests mirror core/agenda.py's rules (``_sessions``, ``held``); contradictions are
        the stored warnings, read from their partial index (``_agenda_odd``).
        tests/core/test_agenda.py checks that counts and pages equal the full computation.
        """
        conn = self.conn
        partial_pks, warned = self._agenda_odd()
        t = agenda.day_number(today)
        first, last = t - agenda.PAST_DAYS, t + days
        not_held = sorted(agenda.NOT_HELD_STATUSES)
        params: dict[str, Any] = {
            "today": t,
            "first": first,
            "last": last,
            "limit": limit,
            "legal": legal_limit_days,
            "step": agenda.MILESTONE_STEP,
            "stale": t - agenda.STALE_DAYS,
            "epoch": 2440587.5,
        }
        held = (
            "(episode_start_day IS NOT NULL AND episode_end_day IS NULL AND (status IS NULL OR "
            f"status NOT IN ({', '.join(repr(x) for x in not_held)})))"
        )
        # Month and day of each day in the window (29 February stands for the 28th too).
        month_days: set[str] = set()
        if last - first >= 366:
            month_days = {"*"}
        else:
            for n in range(first, last + 1):
                md = agenda.from_day_number(n).strftime("%m-%d")
                month_days.add(md)
                if md == "02-28":
                    month_days.add("02-29")
        if month_days == {"*"}:
            yearly = "1"
        else:
            listed = ", ".join(f"'{md}'" for md in sorted(month_days))
            yearly = (
                f"(strftime('%m-%d', episode_start_day * 86400, 'unixepoch') IN ({listed}) "
                f"OR (length(birth_date) = 10 AND substr(birth_date, 6, 5) IN ({listed})))"
            )
        dated = (
            "(agenda_until >= :first OR ("
            + held
            + " AND ((:last - episode_start_day) / :step >= 1 AND (:last - episode_start_day) / "
            ":step > (:first - 1 - episode_start_day) / :step "
            "OR open_pretrial_start_day + :legal + 1 BETWEEN :first AND :last "
            f"OR {yearly})))"
        )
        totals: dict[str, int] = {}
        pages: set[int] = set()
        # No update for 90 days: the list index holds the status, the episode and updated_at.
        updated = "CAST(julianday(substr(updated_at, 1, 10)) - :epoch AS INTEGER)"
        first_pages = conn.execute(
            "SELECT pk, count(*) OVER () FROM profiles INDEXED BY profiles_list "
            f"WHERE deleted_at IS NULL AND {held} AND length(updated_at) >= 10 "
            f"AND {updated} < :stale ORDER BY {updated}, id LIMIT :limit",
            params,
        ).fetchall()
        totals[agenda.STALE] = first_pages[0][1] if first_pages else 0
        pages.update(pk for pk, _ in first_pages)
        # Contradictions: one item per stored warning code, all on today, so the first page is
        # that of the first ``limit`` warned people in id order.
        totals[agenda.CONTRADICTION] = sum(len(codes) for codes in warned.values())
        if warned:
            listed_warned = ", ".join(str(int(pk)) for pk in warned)
            pages.update(
                pk
                for (pk,) in conn.execute(
                    "SELECT pk FROM profiles INDEXED BY profiles_agenda WHERE deleted_at IS NULL "
                    f"AND pk IN ({listed_warned}) ORDER BY id LIMIT :limit",
                    params,
                )
            )
        # Each case's gap (agenda._sessions): a latest session passed with nothing entered, or
        # the session due after it (its next date, else the renewal period) passed, the case
        # not closed. j.value: [case id, number, year, day, type, outcome, renewal, next day],
        # each field read once (MATERIALIZED: inlined, SQLite would parse the JSON per use).
        # One statement, one pass over the wide agenda index: the rows of the people with a
        # dated item or on a first page, and the gaps' count and first page.
        closing_outcomes = ", ".join(repr(x) for x in sorted(agenda.CLOSING_OUTCOMES))
        closing_types = ", ".join(repr(x) for x in sorted(agenda.CLOSING_TYPES))
        closed = (
            f"(coalesce(oc, '') IN ({closing_outcomes}) OR coalesce(ty, '') IN ({closing_types}))"
        )
        gap = (
            "CASE WHEN d < :today AND coalesce(oc, '') = '' THEN d "
            f"WHEN NOT {closed} THEN CASE WHEN nx > d THEN nx "
            "WHEN coalesce(rn, 0) != 0 THEN d + rn END END"
        )
        listed_pages = ", ".join(str(int(pk)) for pk in pages)
        with_cases = f"({held} AND agenda_until IS NOT NULL)"  # until: some case is dated
        rows = conn.execute(
            f"WITH base AS MATERIALIZED (SELECT {self._AGENDA_READ}, {dated} AS dated, "
            f"{with_cases} AS with_cases FROM profiles INDEXED BY profiles_agenda "
            f"WHERE deleted_at IS NULL AND ({dated} OR {with_cases} OR pk IN ({listed_pages}))), "
            "c AS MATERIALIZED (SELECT b.pk AS pk, b.id AS pid, j.key AS k, j.value->>3 AS d, "
            "j.value->>4 AS ty, j.value->>5 AS oc, j.value->>6 AS rn, j.value->>7 AS nx "
            "FROM base b, json_each(b.agenda_cases) j WHERE b.with_cases), "
            f"g AS MATERIALIZED (SELECT pk, pid, k, day FROM (SELECT pk, pid, k, {gap} AS day "
            "FROM c WHERE d IS NOT NULL) WHERE day < :today), "
            "page AS (SELECT pk FROM g ORDER BY day, pid, k LIMIT :limit) "
            f"SELECT {self._AGENDA_COLUMNS}, (SELECT count(*) FROM g) FROM base "
            f"WHERE dated OR pk IN page OR pk IN ({listed_pages})",
            params,
        ).fetchall()
        totals[agenda.NO_OUTCOME] = rows[0][-1] if rows else 0
        people = self._agenda_rows([r[:-1] for r in rows], params, partial_pks, warned)
        return people, totals

    _AGENDA_COLUMNS = (
        "id, name_ar, name_en, status, birth_date, consent_level, updated_at, sensitivity, "
        "episode_start_day, episode_end_day, open_pretrial_start_day, agenda_cases, "
        "agenda_until, pk"
    )
    # The same read from the agenda index, each profile's cases from their table (by its key:
    # profiles without a dated case have no row there and no agenda_until).
    _AGENDA_READ = _AGENDA_COLUMNS.replace(
        "agenda_cases,",
        "CASE WHEN agenda_until IS NOT NULL THEN (SELECT cases FROM agenda_cases a "
        "WHERE a.pk = profiles.pk) END AS agenda_cases,",
    )

    def _agenda_rows(
        self,
        where: str | list[tuple],
        params: dict,
        partial_pks: list[int],
        warned: dict[int, tuple[str, ...]],
    ) -> list[agenda.Person]:
        """People from the agenda index's rows where ``where`` holds (or from rows already read,
        in the order of _AGENDA_COLUMNS)."""
        conn = self.conn
        rows = (
            conn.execute(
                f"SELECT {self._AGENDA_READ} FROM profiles INDEXED BY profiles_agenda "
                f"WHERE {where}",
                params,
            ).fetchall()
            if isinstance(where, str)
            else where
        )
        precision: dict[int, int] = {}
        for i in range(0, len(partial_pks), 500):
            chunk = partial_pks[i : i + 500]
            arrests: dict[int, list[str]] = {}
            for pk, arrest in conn.execute(
                "SELECT parent_pk, arrest_date FROM detentions WHERE arrest_date IS NOT NULL "
                f"AND parent_pk IN ({', '.join(str(int(pk)) for pk in chunk)}) "
                "ORDER BY parent_pk, position"
            ):
                arrests.setdefault(pk, []).append(arrest)
            for pk, found in arrests.items():
                precision[pk] = agenda.latest_arrest_precision(found)
        person = agenda.Person
        people = []
        for r in rows:
            ar, en = r[1], r[2]
            if ar is not None and en is not None:
                name = {"ar": ar, "en": en}
            else:
                name = {"ar": ar} if ar is not None else ({"en": en} if en is not None else {})
            sensitivity = json.loads(r[7]) if r[7] else None
            pk = r[13]
            people.append(
                person(
                    r[0],
                    name,
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    sensitivity,
                    r[8],
                    r[9],
                    precision.get(pk, 10),
                    r[10],
                    [],
                    r[12],
                    r[11],
                    warned.get(pk, ()),
                )
            )
        return people


# sqlite-utils catches stdlib exception classes; code that hands it our connection must also
# expect sqlcipher3's, which are a separate hierarchy.
DATABASE_ERRORS = (sqlcipher3.Error,)
