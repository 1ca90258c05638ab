"""Merging a verified bundle payload into the vault, in one transaction.

The payload was decrypted and its signature checked by core/exchange/bundle.py; the sender is a
contact. Per profile and field the states merge as core/exchange/state.py says; the values that
stand are written through the repository (so every change has its revision row, attributed to the
contact), trash and restore follow ``~deleted``, and both-sides changes become rows in table
``conflicts``. ``dry_run`` does all of it and rolls back: the review of an unverified contact's
bundle lists exactly what the merge would change.
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from profileeditor.core.attachments import AttachmentError, check_attachments
from profileeditor.core.exchange.contacts import Contact
from profileeditor.core.exchange.paths import carry_attachment_data, unflatten, value_hash
from profileeditor.core.exchange.state import (
    DELETED,
    FUTURE_SLACK_US,
    TRUE_HASH,
    Clock,
    FieldState,
    StateError,
    dominates,
    join,
    load_states,
    merge_field,
    next_change,
    now_us,
    refresh,
    write_states,
)
from profileeditor.core.messages import Date, MessageError, message
from profileeditor.core.repository import flatten


class BundleError(MessageError, ValueError):
    """A bundle that cannot be written, opened, trusted or merged; the message is for the user."""


class BundleReplayed(BundleError):
    """This very bundle was merged before."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Change:
    profile_id: str
    name: str
    path: str
    old: Any
    new: Any


@dataclass
class ExchangeReport:
    peer: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    trashed: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicted: list[str] = field(default_factory=list)  # profiles with at least one conflict
    conflicts: list[dict] = field(default_factory=list)  # the new conflict records
    changes: list[Change] = field(default_factory=list)  # every field value it changes


class _DryRun(Exception):
    pass


def _name(flat: dict) -> str:
    return str(flat.get("name.en") or flat.get("name.ar") or "")


def parse_states(payload: dict) -> dict[str, dict[str, FieldState]]:
    states: dict[str, dict[str, FieldState]] = {}
    raw = payload.get("states")
    if not isinstance(raw, dict):
        raise BundleError(message("bundle.no_field_states"))
    limit = now_us() + FUTURE_SLACK_US
    for pid, paths in raw.items():
        if not isinstance(paths, dict) or not paths:
            raise BundleError(message("bundle.no_field_states"))
        try:
            parsed = {str(path): FieldState.from_wire(s) for path, s in paths.items()}
        except StateError as exc:
            raise BundleError(exc.detail or str(exc)) from exc
        for s in parsed.values():
            if max(s.vv.values()) > limit:
                raise BundleError(message("bundle.change_in_future"))
        states[str(pid)] = parsed
    return states


def _consistent(pid: str, body_flat: dict | None, states: dict[str, FieldState]) -> None:
    """The values in the body are the ones the states hash: nothing unaccounted for."""
    if body_flat is None:
        if set(states) - {DELETED}:
            raise BundleError(message("bundle.profiles_without_states"))
        return
    for path in set(body_flat) | (set(states) - {DELETED}):
        state = states.get(path)
        if state is None or state.hash != value_hash(body_flat.get(path)):
            raise BundleError(message("bundle.values_do_not_match"))


def merge_payload(
    vault, payload: dict, contact: Contact, origin: str, dry_run: bool = False
) -> ExchangeReport:
    """Merge a verified payload from ``contact`` whole, or (``dry_run``) say what it would do."""
    repository = vault.repository
    states = parse_states(payload)
    bodies: dict[str, dict] = {}
    for profile in payload["document"]["profiles"]:
        bodies[profile["id"]] = profile
    if set(bodies) - set(states):
        raise BundleError(message("bundle.profiles_without_states"))
    known = payload.get("known") or {}
    report = ExchangeReport(contact.name)
    try:
        with repository.transaction() as conn:
            seen = conn.execute(
                "SELECT seen_at FROM bundles_seen WHERE origin = ? AND bundle_id = ?",
                (contact.origin, payload["bundle_id"]),
            ).fetchone()
            if seen:
                raise BundleReplayed(
                    message("bundle.replayed", contact=contact.name, when=Date(str(seen[0])[:10]))
                )
            for profile in bodies.values():
                try:
                    check_attachments(profile)
                except AttachmentError as exc:
                    problem = exc.detail or str(exc)
                    raise BundleError(message("bundle.attachment", problem=problem)) from exc
            top = conn.execute("SELECT coalesce(max(pk), 0) FROM revisions").fetchone()[0]
            _merge(repository, conn, states, bodies, known, contact, origin, report)
            conn.execute(
                "UPDATE revisions SET author = ?, contact = ? WHERE pk > ?",
                (f"{contact.name} (bundle)", contact.identity.text, top),
            )
            conn.execute(
                "INSERT INTO bundles_seen(origin, bundle_id, seq, created_at, seen_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    contact.origin,
                    payload["bundle_id"],
                    payload["seq"],
                    payload["created_at"],
                    now_iso(),
                ),
            )
            acks = payload.get("acks") or {}
            ack = acks.get(origin) if isinstance(acks, dict) else None
            # Only a bundle with content asks for an acknowledgement: acknowledging a bare
            # acknowledgement would make two vaults answer each other forever.
            covers = payload.get("covers") if states else 0
            conn.execute(
                "UPDATE contacts SET acked_upto = max(acked_upto, ?), "
                "ack_to_send = max(ack_to_send, ?) WHERE pk = ?",
                (ack if type(ack) is int else 0, covers if type(covers) is int else 0, contact.pk),
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _merge(repository, conn, states, bodies, known, contact, origin, report) -> None:
    clock = Clock(conn)
    clock.observe(max((max(s.vv.values()) for p in states.values() for s in p.values()), default=0))
    ids = list(states)
    refresh(repository, ids, origin)  # local edits since the last exchange become versions
    local_states = load_states(conn, ids)
    change = 0
    detected = now_iso()
    arrivals: list[tuple[dict, bool, list[str], list[str]]] = []
    arrival_sides: dict[str, tuple[dict, dict]] = {}
    for pid in ids:
        remote = states[pid]
        local = local_states.get(pid, {})
        body = bodies.get(pid)
        remote_flat = flatten(body) if body is not None else None
        _consistent(pid, remote_flat, remote)
        try:
            current = repository.get_profile(pid)
        except KeyError:
            current = None
        local_flat = flatten(current) if current is not None else {}
        was_deleted = repository.is_deleted(pid) if current is not None else True
        if current is not None:
            local_flat_d = {**local_flat, DELETED: was_deleted}
        else:
            local_flat_d = {DELETED: True} if local else {}
        merged: dict[str, FieldState] = {}
        taken: list[str] = []
        conflicted: list[str] = []
        closed: list[str] = []
        for path in list(local) + [p for p in remote if p not in local]:
            if path not in remote:
                merged[path] = local[path]
                continue
            result = merge_field(local.get(path), remote[path])
            merged[path] = result.state
            if result.taken:
                taken.append(path)
            if result.conflict:
                conflicted.append(path)
            elif result.clean:
                closed.append(path)
        remote_flat_d = {
            **(remote_flat or {}),
            DELETED: remote.get(DELETED) is not None and remote[DELETED].hash == TRUE_HASH,
        }
        conflicted += _edit_versus_delete(local, remote, known.get(pid), merged)
        changed_states = {p: s for p, s in merged.items() if local.get(p) != s}
        if changed_states:
            change = change or next_change(conn)
            write_states(conn, pid, changed_states, change)
        # The values that now stand.
        values = {p: (remote_flat_d if p in taken else local_flat_d).get(p) for p in merged}
        want_deleted = merged.get(DELETED) is not None and merged[DELETED].hash == TRUE_HASH
        name = _name(local_flat or remote_flat or {})
        for path in taken:
            old, new = local_flat_d.get(path), remote_flat_d.get(path)
            if old != new and not (path == DELETED and not old and not new):
                report.changes.append(Change(pid, name, path, old, new))
        body_paths = [p for p in taken if p != DELETED]
        if current is None:
            if body is None or (not body_paths and want_deleted):
                continue  # nothing here to keep alive: a tombstone of what we never had
            # New here: stored together after the loop (one import, not one per profile).
            arrivals.append((copy.deepcopy(body), want_deleted, conflicted, closed))
            arrival_sides[pid] = (local_flat_d, remote_flat_d)
            continue
        if body_paths:
            flat = {p: values.get(p) for p in merged if p != DELETED}
            rebuilt = unflatten(flat)
            for key in ("created_at", "updated_at"):
                if current.get(key):
                    rebuilt[key] = current[key]
            carry_attachment_data(rebuilt, body or {}, current)
            if flatten(rebuilt) != local_flat:
                repository.update_profile(rebuilt)
                report.updated.append(pid)
        now_deleted = repository.is_deleted(pid)
        if want_deleted and not now_deleted:
            repository.delete_profile(pid)
            report.trashed.append(pid)
        elif not want_deleted and now_deleted:
            repository.restore_profile(pid)
            report.restored.append(pid)
        if pid not in report.added + report.updated + report.trashed + report.restored:
            report.unchanged.append(pid)
        _record_conflicts(
            conn, report, pid, conflicted, closed, local_flat_d, remote_flat_d, contact, detected
        )
    if arrivals:
        repository.import_profiles([body for body, *_ in arrivals])
    for body, want_deleted, conflicted, closed in arrivals:
        pid = body["id"]
        report.added.append(pid)
        if want_deleted:
            repository.delete_profile(pid)
            report.trashed.append(pid)
        local_flat_d, remote_flat_d = arrival_sides[pid]
        _record_conflicts(
            conn, report, pid, conflicted, closed, local_flat_d, remote_flat_d, contact, detected
        )


def _edit_versus_delete(local, remote, remote_known, merged) -> list[str]:
    """A deletion that wins over changes its author never saw is a conflict on ``~deleted``."""
    if DELETED not in merged or merged[DELETED].hash != TRUE_HASH:
        return []
    local_del = local.get(DELETED)
    remote_del = remote.get(DELETED)
    local_is = local_del is not None and local_del.hash == TRUE_HASH
    remote_is = remote_del is not None and remote_del.hash == TRUE_HASH
    if local_is == remote_is:
        return []
    if remote_is:  # they deleted: did we change something they had not seen?
        seen = {p: s.vv for p, s in remote.items()} | {
            p: vv for p, vv in (remote_known or {}).items() if isinstance(vv, dict)
        }
        others = local
    else:  # we deleted: did they change something we had not seen?
        seen = {p: s.vv for p, s in local.items()}
        others = remote
    for path, state in others.items():
        if path != DELETED and not dominates(seen.get(path, {}), state.vv):
            return [DELETED]
    return []


def _record_conflicts(conn, report, pid, conflicted, closed, local, remote, contact, detected):
    for path in closed:  # someone settled it and the decision reached us
        conn.execute(
            "UPDATE conflicts SET status = 'converged', resolved_at = ? "
            "WHERE status = 'open' AND profile_id = ? AND field = ?",
            (detected, pid, path),
        )
    for path in dict.fromkeys(conflicted):
        conn.execute(
            "UPDATE conflicts SET status = 'superseded', resolved_at = ? "
            "WHERE status = 'open' AND profile_id = ? AND field = ?",
            (detected, pid, path),
        )
        record = {
            "id": str(uuid.uuid4()),
            "profile_id": pid,
            "field": path,
            "local": local.get(path),
            "remote": remote.get(path),
            "peer": contact.name,
            "local_at": None,
            "remote_at": None,
            "detected_at": detected,
            "status": "open",
            "chosen": None,
        }
        conn.execute(
            "INSERT INTO conflicts(id, profile_id, field, local, remote, contact, detected_at, "
            "status) VALUES (?, ?, ?, ?, ?, ?, ?, 'open')",
            (
                record["id"],
                pid,
                path,
                json.dumps(record["local"], ensure_ascii=False),
                json.dumps(record["remote"], ensure_ascii=False),
                contact.name,
                detected,
            ),
        )
        report.conflicts.append(record)
        if pid not in report.conflicted:
            report.conflicted.append(pid)


# -- conflicts -----------------------------------------------------------------------------------

_CONFLICT_COLUMNS = (
    "id, profile_id, field, local, remote, contact, local_at, remote_at, detected_at, status, "
    "chosen, resolved_at"
)


def conflicts(repository, include_resolved: bool = False) -> list[dict]:
    """Conflict records: id, profile_id, field, local, remote, peer, remote_at, local_at,
    detected_at, status ("open", "resolved", "converged", "superseded"), chosen."""
    where = "" if include_resolved else "WHERE status = 'open'"
    rows = repository.conn.execute(
        f"SELECT {_CONFLICT_COLUMNS} FROM conflicts {where} ORDER BY detected_at, rowid"
    )
    out = []
    for row in rows:
        record = dict(zip(_CONFLICT_COLUMNS.split(", "), row, strict=True))
        record["local"] = None if record["local"] is None else json.loads(record["local"])
        record["remote"] = None if record["remote"] is None else json.loads(record["remote"])
        record["peer"] = record.pop("contact")
        out.append(record)
    return out


def resolve_conflict(repository, conflict_id: str, choice: str) -> None:
    """Settle one open conflict with "local" or "remote": the chosen value stands, with a new
    version that has seen both sides, so that every vault it reaches takes it; the other value
    stays in the history."""
    from profileeditor.core.exchange.keys import own_keys

    if choice not in ("local", "remote"):
        raise ValueError("choice must be 'local' or 'remote'")
    record = next((c for c in conflicts(repository) if c["id"] == conflict_id), None)
    if record is None:
        raise KeyError(f"no open conflict {conflict_id}")
    origin = own_keys(repository).public.origin
    pid, path = record["profile_id"], record["field"]
    chosen, other = record[choice], record["remote" if choice == "local" else "local"]
    with repository.transaction() as conn:
        profile = repository.get_profile(pid)
        if path == DELETED:
            if chosen and not repository.is_deleted(pid):
                repository.delete_profile(pid)
            elif not chosen and repository.is_deleted(pid):
                repository.restore_profile(pid)
        else:
            flat = flatten(profile)
            if flat.get(path) != chosen:
                flat[path] = chosen
                updated = unflatten(flat)
                for key in ("created_at", "updated_at"):
                    if profile.get(key):
                        updated[key] = profile[key]
                carry_attachment_data(updated, profile)
                repository.update_profile(updated)
            else:  # the value that lost stays on record, never only in the conflicts table
                repository.add_revision(pid, f"conflict:{path}", other, chosen)
        refresh(repository, [pid], origin)
        state = load_states(conn, [pid]).get(pid, {}).get(path)
        if state is not None:  # a decision: a version past both sides, whatever the value
            clock = Clock(conn)
            tick = clock.tick(max(state.vv.values()))
            decided = FieldState(
                value_hash(chosen), f"{tick:x}.{origin}", join(state.vv, {origin: tick})
            )
            write_states(conn, pid, {path: decided}, next_change(conn))
            clock.save()
        conn.execute(
            "UPDATE conflicts SET status = 'resolved', chosen = ?, resolved_at = ? WHERE id = ?",
            (choice, now_iso(), conflict_id),
        )
