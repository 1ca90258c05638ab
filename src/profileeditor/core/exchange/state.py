"""Per-field version state: what makes vaults converge whatever order bundles arrive in.

Every field path of a shared profile (``core.repository.flatten`` paths, plus ``~deleted`` for
the trash) has a state in table ``field_state``: the hash of its value, a *version* (a hybrid
clock in microseconds and the origin — the signing-key name — that wrote it) and a *version
vector* (per origin, the newest version of that field it has seen). Merging two states keeps the
one with the greater version and joins the vectors; neither vector containing the other means
both sides changed the field without seeing each other: a conflict, listed for the user, while
the greater version stands meanwhile so every vault holds the same value. A new local version is
always greater than every version it has seen, so "greater version" and "has seen" agree and the
merge is commutative, associative and idempotent: order and repetition do not matter.

Local edits are not hooked: ``refresh`` compares the stored profiles with the stored hashes and
writes a new local version for each field that differs (before a bundle is made or merged).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from profileeditor.core.exchange.paths import value_hash
from profileeditor.core.messages import MessageError, message
from profileeditor.core.repository import flatten

DELETED = "~deleted"  # the pseudo-field of the trash: True in the trash (or purged)
TRUE_HASH = value_hash(True)
FUTURE_SLACK_US = 24 * 3600 * 1_000_000  # a clock a day ahead is a wrong clock, not a skew
_VERSION = re.compile(r"^[0-9a-f]{1,16}\.[0-9a-f]{16}$")
_HASH = re.compile(r"^[0-9a-f]{20}$")


class StateError(MessageError, ValueError):
    """A state in a bundle that is malformed or claims a time in the future."""


def now_us() -> int:
    return time.time_ns() // 1000


@dataclass(frozen=True)
class FieldState:
    hash: str
    version: str  # "<hex microseconds>.<origin>"
    vv: dict[str, int]

    @property
    def key(self) -> tuple[int, str]:
        clock, origin = self.version.split(".", 1)
        return int(clock, 16), origin

    def wire(self) -> list:
        return [self.hash, self.version, self.vv]

    @classmethod
    def from_wire(cls, data: Any) -> FieldState:
        if not (isinstance(data, list) and len(data) == 3):
            raise StateError(message("state.not_a_state"))
        digest, version, vv = data
        if not (isinstance(digest, str) and _HASH.match(digest)):
            raise StateError(message("state.no_hash"))
        if not (isinstance(version, str) and _VERSION.match(version)):
            raise StateError(message("state.no_version"))
        if not (isinstance(vv, dict) and 0 < len(vv) <= 256):
            raise StateError(message("state.no_vector"))
        for origin, clock in vv.items():
            if not (isinstance(origin, str) and len(origin) == 16 and type(clock) is int):
                raise StateError(message("state.no_vector"))
            if not 0 < clock < 2**63:
                raise StateError(message("state.no_vector"))
        state = cls(digest, version, vv)
        if vv.get(state.key[1]) != state.key[0]:
            raise StateError(message("state.version_not_in_vector"))
        return state


def dominates(a: dict[str, int], b: dict[str, int]) -> bool:
    """Whether vector ``a`` has seen everything ``b`` has."""
    return all(a.get(origin, 0) >= clock for origin, clock in b.items())


def join(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for origin, clock in b.items():
        if clock > out.get(origin, 0):
            out[origin] = clock
    return out


@dataclass(frozen=True)
class FieldMerge:
    state: FieldState
    taken: bool  # the remote value is the one that stands
    conflict: bool  # both changed it, to different values, without seeing each other
    clean: bool  # the remote had seen everything local had (a decision made elsewhere)


def merge_field(local: FieldState | None, remote: FieldState) -> FieldMerge:
    if local is None:
        return FieldMerge(remote, True, False, True)
    if local.version == remote.version or dominates(local.vv, remote.vv):
        return FieldMerge(
            FieldState(local.hash, local.version, join(local.vv, remote.vv)), False, False, False
        )
    if dominates(remote.vv, local.vv):
        return FieldMerge(remote, remote.hash != local.hash, False, True)
    winner = remote if remote.key > local.key else local
    state = FieldState(winner.hash, winner.version, join(local.vv, remote.vv))
    return FieldMerge(state, winner is remote, local.hash != remote.hash, False)


# -- the vault's own counters --------------------------------------------------------------------


def meta_get(conn, key: str, default: int = 0) -> int:
    row = conn.execute("SELECT value FROM exchange_meta WHERE key = ?", (key,)).fetchone()
    return default if row is None else int(row[0])


def meta_set(conn, key: str, value: int) -> None:
    conn.execute(
        "INSERT INTO exchange_meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


class Clock:
    """A hybrid clock: microseconds of wall time, never going back, past every version seen."""

    def __init__(self, conn):
        self.conn = conn
        self.value = meta_get(conn, "clock")

    def tick(self, floor: int = 0) -> int:
        """The next version; ``save`` keeps it (once per batch, not once per field)."""
        self.value = max(now_us(), self.value + 1, floor + 1)
        return self.value

    def save(self) -> None:
        meta_set(self.conn, "clock", self.value)

    def observe(self, seen: int) -> None:
        if seen > self.value:
            self.value = seen
            meta_set(self.conn, "clock", seen)


def next_change(conn) -> int:
    value = meta_get(conn, "changes") + 1
    meta_set(conn, "changes", value)
    return value


# -- stored states -------------------------------------------------------------------------------


def load_states(conn, profile_ids: Iterable[str]) -> dict[str, dict[str, FieldState]]:
    ids = list(profile_ids)
    out: dict[str, dict[str, FieldState]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for pid, path, digest, version, vv in conn.execute(
            f"SELECT profile_id, path, hash, version, vv FROM field_state "
            f"WHERE profile_id IN ({marks})",
            chunk,
        ):
            out.setdefault(pid, {})[path] = FieldState(digest, version, json.loads(vv))
    return out


def write_states(conn, profile_id: str, states: dict[str, FieldState], change: int) -> None:
    conn.executemany(
        "INSERT INTO field_state(profile_id, path, hash, version, vv, changed) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(profile_id, path) DO UPDATE SET "
        "hash = excluded.hash, version = excluded.version, vv = excluded.vv, "
        "changed = excluded.changed",
        [
            (profile_id, path, s.hash, s.version, json.dumps(s.vv, sort_keys=True), change)
            for path, s in states.items()
        ],
    )


def current_flats(repository, profile_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Flattened profiles with the trash as ``~deleted``; purged or unknown ids are absent."""
    out: dict[str, dict[str, Any]] = {}
    conn = repository.conn
    deleted: dict[str, bool] = {}
    for i in range(0, len(profile_ids), 500):
        chunk = profile_ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        for pid, gone in conn.execute(
            f"SELECT id, deleted_at IS NOT NULL FROM profiles WHERE id IN ({marks})", chunk
        ):
            deleted[pid] = bool(gone)
    for profile in repository.iter_profiles(
        [p for p in profile_ids if p in deleted], with_data=False
    ):
        flat = flatten(profile)
        flat[DELETED] = deleted[profile["id"]]
        out[profile["id"]] = flat
    return out


def refresh(repository, profile_ids: Iterable[str], origin: str) -> set[str]:
    """Write a new local version for every field whose stored value no longer matches its state
    (an edit, a trash, a purge since the last exchange); returns the profiles that changed. A
    purged profile keeps its states, with ``~deleted`` set: that is its tombstone."""
    ids = list(dict.fromkeys(profile_ids))
    conn = repository.conn
    stored = load_states(conn, ids)
    flats = current_flats(repository, ids)
    clock = Clock(conn)
    changed_profiles: set[str] = set()
    change = 0
    for pid in ids:
        states = stored.get(pid, {})
        flat = flats.get(pid)
        if flat is None:  # purged here (or never here): only the deletion travels
            if not states or states.get(DELETED, None) is None:
                continue
            flat = {DELETED: True}
            paths: Iterable[str] = [DELETED]
        else:
            paths = list(flat) + [p for p in states if p not in flat]
        fresh: dict[str, FieldState] = {}
        for path in paths:
            value = flat.get(path)
            digest = value_hash(value)
            old = states.get(path)
            if old is not None and old.hash == digest:
                continue
            if old is None and value is None:
                continue
            floor = max(old.vv.values()) if old else 0
            tick = clock.tick(floor)
            vv = join(old.vv if old else {}, {origin: tick})
            fresh[path] = FieldState(digest, f"{tick:x}.{origin}", vv)
        if fresh:
            change = change or next_change(conn)
            write_states(conn, pid, fresh, change)
            changed_profiles.add(pid)
    clock.save()
    return changed_profiles


def pending_ids(repository) -> list[str]:
    """Profiles changed since the last refresh (their history grew: every write adds a revision)
    and shared profiles purged since: what a sync pass must look at."""
    conn = repository.conn
    since = meta_get(conn, "refreshed_revision")
    top = conn.execute("SELECT coalesce(max(pk), 0) FROM revisions").fetchone()[0]
    ids = [
        r[0]
        for r in conn.execute("SELECT DISTINCT profile_id FROM revisions WHERE pk > ?", (since,))
    ]
    ids += purged_ids(repository)
    meta_set(conn, "refreshed_revision", top)
    return ids


def purged_ids(repository) -> list[str]:
    return [
        r[0]
        for r in repository.conn.execute(
            "SELECT profile_id FROM field_state WHERE path = ? AND hash != ? "
            "AND profile_id NOT IN (SELECT id FROM profiles)",
            (DELETED, TRUE_HASH),
        )
    ]


def tombstone_ids(repository) -> list[str]:
    """Shared profiles in the trash or purged: a bundle of "everything" carries them too."""
    return [
        r[0]
        for r in repository.conn.execute(
            "SELECT profile_id FROM field_state WHERE path = ? AND (hash = ? OR profile_id IN "
            "(SELECT id FROM profiles WHERE deleted_at IS NOT NULL) OR profile_id NOT IN "
            "(SELECT id FROM profiles))",
            (DELETED, TRUE_HASH),
        )
    ]
