"""Merging exchange bundles from other vaults: field by field, by UUID, nothing silently lost.

A three-way merge per field path (``core.repository.flatten`` paths). The common ancestor of a
field is what both vaults last agreed on, known from two sides:

- this vault's ``sync_base:<peer>``: the peer's state as it arrived in the last bundle merged
  from that peer (hashes of values, per profile and path);
- the peer's base for this vault, carried in its bundle (``bases[<our vault id>]``): our state as
  it arrived there.

A side "changed" a field when its value is none of those ancestors. Changed on one side only:
that side's value is taken (a taken remote value replaces ours through ``update_profile``, so the
old one stays in the history). Changed on both sides to different values: a conflict — our value
stays, the remote value is stored with the conflict (vault setting ``conflicts``) for the user to
choose; resolving it writes the choice through the history. No ancestor at all (two vaults that
never exchanged this profile): every differing field is a conflict. Values only, never clocks,
decide; the per-field modification times in a bundle are carried for the conflicts view.

Vault settings written here: ``sync_peers`` (per peer: public key, time of its last bundle),
``sync_base:<peer id>``, ``conflicts``.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from profileeditor.core.attachments import AttachmentError, check_attachments
from profileeditor.core.repository import ProfileNotFound, Repository, flatten

SETTING_PEERS = "sync_peers"
SETTING_CONFLICTS = "conflicts"
BASE_PREFIX = "sync_base:"
_MISSING = object()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def value_hash(value: Any) -> str:
    """A short stable digest of a field value (None for an absent field)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def snapshot(profile: dict) -> dict[str, str]:
    return {path: value_hash(value) for path, value in flatten(profile).items()}


# -- paths back into a profile -------------------------------------------------------------------

_SEGMENT = re.compile(r"^([^\[\]]+)(?:\[([^\]]+)\])?$")


class _Keyed(dict):
    """A list of sub-records while it is rebuilt, keyed as flatten keys them (id or index)."""


def _segments(path: str) -> list[str]:
    # A "sensitivity" key is itself a dotted field path: keep it whole.
    if path.startswith("sensitivity."):
        return ["sensitivity", path[len("sensitivity.") :]]
    return path.split(".")


def unflatten(flat: dict[str, Any]) -> dict:
    """The inverse of ``flatten`` (paths in the order given decide the order of sub-records)."""
    root: dict = {}
    for path, value in flat.items():
        if value is None:
            continue
        node = root
        parts = _segments(path)
        for depth, part in enumerate(parts):
            match = _SEGMENT.match(part)
            name, key = (match.group(1), match.group(2)) if match else (part, None)
            last = depth == len(parts) - 1
            if key is None:
                if last:
                    if not (isinstance(node.get(name), _Keyed) and value == []):
                        node[name] = value
                else:
                    child = node.get(name)
                    if not isinstance(child, dict):
                        child = node[name] = {}
                    node = child
            else:
                keyed = node.get(name)
                if not isinstance(keyed, _Keyed):
                    keyed = node[name] = _Keyed()
                item = keyed.setdefault(key, {})
                if last:  # a sub-record written as one leaf cannot happen with flatten's paths
                    continue
                node = item
    return _lists(root)


def _looks_like_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return "-" in text


def _lists(node: Any) -> Any:
    if isinstance(node, _Keyed):
        items = []
        for key, item in node.items():
            item = _lists(item)
            if _looks_like_uuid(key):
                item.setdefault("id", key)
            items.append(item)
        return items
    if isinstance(node, dict):
        return {k: _lists(v) for k, v in node.items()}
    return node


# -- the merge of one profile --------------------------------------------------------------------


@dataclass
class FieldConflict:
    path: str
    local: Any
    remote: Any


@dataclass
class ProfileMerge:
    merged: dict
    taken: list[str] = field(default_factory=list)  # paths whose remote value was taken
    conflicts: list[FieldConflict] = field(default_factory=list)


def merge_profile(local: dict, remote: dict, ancestors: list[dict[str, str]]) -> ProfileMerge:
    """Merge ``remote`` into ``local`` given the known ancestors (path → value hash maps; a path
    missing from an ancestor means the field was absent then)."""
    local_flat, remote_flat = flatten(local), flatten(remote)
    merged: dict[str, Any] = {}
    result = ProfileMerge({})
    for path in list(local_flat) + [p for p in remote_flat if p not in local_flat]:
        here, there = local_flat.get(path), remote_flat.get(path)
        if here == there:
            merged[path] = here
            continue
        known = {a.get(path, value_hash(None)) for a in ancestors}
        here_changed = not known or value_hash(here) not in known
        there_changed = not known or value_hash(there) not in known
        if there_changed and not here_changed:
            merged[path] = there
            result.taken.append(path)
        elif here_changed and not there_changed:
            merged[path] = here
        else:
            merged[path] = here
            result.conflicts.append(FieldConflict(path, here, there))
    rebuilt = unflatten(merged)
    for key in ("created_at", "updated_at"):
        if local.get(key):
            rebuilt[key] = local[key]
    _carry_attachment_data(rebuilt, local, remote)
    result.merged = rebuilt
    return result


def _carry_attachment_data(merged: dict, local: dict, remote: dict) -> None:
    """flatten leaves attachment bytes out; put back the bytes that match the merged hash."""
    by_sha = {}
    for source in (remote, local):
        for attachment in source.get("attachments") or []:
            if attachment.get("data") is not None:
                by_sha[(attachment.get("id"), attachment.get("sha256"))] = attachment["data"]
    for attachment in merged.get("attachments") or []:
        data = by_sha.get((attachment.get("id"), attachment.get("sha256")))
        if data is not None:
            attachment["data"] = data


# -- state kept in the vault ---------------------------------------------------------------------


def peers(repository: Repository) -> dict[str, dict]:
    return repository.get_setting(SETTING_PEERS, {}) or {}


def _bases(repository: Repository, peer_id: str) -> dict[str, dict[str, str]]:
    return repository.get_setting(BASE_PREFIX + peer_id, {}) or {}


def bases_for_peers(repository: Repository, profile_ids: list[str]) -> dict[str, dict]:
    """What this vault last received from each peer, for the profiles being sent: the peer uses
    it as a common ancestor (see the module docstring)."""
    wanted = set(profile_ids)
    out = {}
    for peer_id in peers(repository):
        base = _bases(repository, peer_id)
        out[peer_id] = {pid: hashes for pid, hashes in base.items() if pid in wanted}
    return out


def conflicts(repository: Repository, include_resolved: bool = False) -> list[dict]:
    """Conflict records: id, profile_id, field, local, remote, peer, remote_at, local_at,
    detected_at, status ("open", "resolved", "converged"), chosen."""
    records = repository.get_setting(SETTING_CONFLICTS, []) or []
    return [c for c in records if include_resolved or c.get("status") == "open"]


def resolve_conflict(repository: Repository, conflict_id: str, choice: str) -> None:
    """Settle one open conflict with "local" or "remote". Choosing remote writes it through
    update_profile (our old value goes to the history); choosing local keeps the profile and
    writes the remote value to the history as a ``conflict:<field>`` row."""
    if choice not in ("local", "remote"):
        raise ValueError("choice must be 'local' or 'remote'")
    records = repository.get_setting(SETTING_CONFLICTS, []) or []
    record = next((c for c in records if c["id"] == conflict_id), None)
    if record is None or record.get("status") != "open":
        raise KeyError(f"no open conflict {conflict_id}")
    if choice == "remote":
        profile = repository.get_profile(record["profile_id"])
        flat = flatten(profile)
        ordered = dict(flat)
        ordered[record["field"]] = record["remote"]
        updated = unflatten(ordered)
        _carry_attachment_data(updated, profile, profile)
        repository.update_profile(updated)
    else:  # the remote value loses: keep it in the history, never only in a setting
        repository.add_revision(
            record["profile_id"],
            f"conflict:{record['field']}",
            record["remote"],
            flatten(repository.get_profile(record["profile_id"])).get(record["field"]),
        )
    record.update(status="resolved", chosen=choice, resolved_at=_now())
    repository.set_setting(SETTING_CONFLICTS, records)
    # Decided: the peer's value is now a known ancestor, so our choice reads as a change there.
    bases = _bases(repository, record["peer"])
    bases.setdefault(record["profile_id"], {})[record["field"]] = value_hash(record["remote"])
    repository.set_setting(BASE_PREFIX + record["peer"], bases)


# -- importing a bundle --------------------------------------------------------------------------


@dataclass
class ExchangeReport:
    peer: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicted: list[str] = field(default_factory=list)  # profiles with at least one conflict
    conflicts: list[dict] = field(default_factory=list)  # the new conflict records


class BundleError(ValueError):
    """A bundle that cannot be written, opened or merged; the message is for the user."""


def modification_times(repository: Repository, profile: dict) -> dict[str, str]:
    """For every field path of the profile, when this vault last changed it (from the history);
    fields never revised since creation or import carry that time. Paths that no longer exist (a
    removed value, a deleted sub-record) keep their time: a removal is a change like any other."""
    born = profile.get("created_at") or ""
    times: dict[str, str] = {}
    for revision in repository.history(profile["id"]):
        if revision.field == "*":
            if revision.new in ("created", "imported") and not born:
                born = revision.at
            continue
        times[revision.field] = revision.at
    current = flatten(profile)
    return {path: times.get(path, born) for path in current} | {
        path: at for path, at in times.items() if path not in current
    }


def _check_attachments(profile: dict) -> None:
    try:
        check_attachments(profile)
    except AttachmentError as exc:
        raise BundleError(f"profile {profile.get('id')}: {exc}") from exc


def merge_payload(vault, payload: dict, source: str = "the bundle") -> ExchangeReport:
    """Merge a decrypted, schema-checked bundle payload (export/bundle.py reads the file)."""
    repository = vault.repository
    peer_id = payload["vault_id"]
    if peer_id == vault.vault_id:
        raise BundleError(f"{source}: this bundle was made by this vault")
    state = peers(repository)
    previous = state.get(peer_id, {}).get("last_bundle_created_at")
    if previous and payload["created_at"] <= previous:
        raise BundleError(
            f"{source}: a newer or the same bundle from that vault was already imported "
            f"({previous}); importing an older one would undo its changes"
        )
    document = payload["document"]  # checked against the schema by export/bundle.read_bundle
    try:
        for profile in document["profiles"]:
            _check_attachments(profile)
    except BundleError as exc:
        raise BundleError(f"{source}: {exc}") from exc

    our_bases = _bases(repository, peer_id)
    their_bases = (payload.get("bases") or {}).get(vault.vault_id) or {}
    report = ExchangeReport(peer_id)
    to_store: list[dict] = []
    detected = _now()
    new_records: list[dict] = []
    agreed: dict[str, set[str]] = {}  # per profile: paths where both vaults now hold one value
    for remote in document["profiles"]:
        pid = remote["id"]
        try:
            local = repository.get_profile(pid)
        except ProfileNotFound:
            to_store.append(remote)
            report.added.append(pid)
            continue
        ancestors = [b for b in (our_bases.get(pid), their_bases.get(pid)) if b is not None]
        merge = merge_profile(local, remote, ancestors)
        if merge.conflicts:
            report.conflicted.append(pid)
            local_times = _local_times(repository, local)
            remote_times = (payload.get("modified") or {}).get(pid) or {}
            for conflict in merge.conflicts:
                new_records.append(
                    {
                        "id": str(uuid.uuid4()),
                        "profile_id": pid,
                        "field": conflict.path,
                        "local": conflict.local,
                        "remote": conflict.remote,
                        "peer": peer_id,
                        "local_at": local_times.get(conflict.path),
                        "remote_at": remote_times.get(conflict.path),
                        "bundle_created_at": payload["created_at"],
                        "detected_at": detected,
                        "status": "open",
                    }
                )
        final, remote_flat = flatten(merge.merged), flatten(remote)
        agreed[pid] = {
            p for p in final.keys() | remote_flat.keys() if final.get(p) == remote_flat.get(p)
        }
        if merge.taken:
            to_store.append(merge.merged)
            report.updated.append(pid)
        elif not merge.conflicts:
            report.unchanged.append(pid)
    if to_store:
        repository.import_profiles(to_store)
    # What both sides now know: the peer's state as it arrived — except on a conflicted field,
    # whose ancestor stays the old one until the user decides (so that our kept value does not
    # look like a decision to the peer, who then sees the conflict too).
    conflicted_paths: dict[str, set[str]] = {}
    for record in new_records:
        conflicted_paths.setdefault(record["profile_id"], set()).add(record["field"])
    for remote in document["profiles"]:
        pid = remote["id"]
        fresh = snapshot(remote)
        old = our_bases.get(pid) or {}
        for path in conflicted_paths.get(pid, ()):
            if path in old:
                fresh[path] = old[path]
            else:
                fresh.pop(path, None)
        our_bases[pid] = fresh
    repository.set_setting(BASE_PREFIX + peer_id, our_bases)
    _record_conflicts(repository, new_records, agreed, peer_id)
    state[peer_id] = {
        **state.get(peer_id, {}),
        "public_key": payload.get("public_key"),
        "last_bundle_created_at": payload["created_at"],
        "last_imported_at": _now(),
    }
    repository.set_setting(SETTING_PEERS, state)
    report.conflicts = new_records
    return report


def _local_times(repository: Repository, profile: dict) -> dict[str, str]:
    return modification_times(repository, profile)


def _record_conflicts(repository, new_records, agreed, peer_id) -> None:
    """Add the new conflicts; an older open one on the same field from the same peer is replaced
    (kept as "superseded" with its values), and one whose sides now agree is closed as
    "converged"."""
    records = repository.get_setting(SETTING_CONFLICTS, []) or []
    fresh = {(c["profile_id"], c["field"]) for c in new_records}
    for record in records:
        if record.get("status") != "open" or record.get("peer") != peer_id:
            continue
        key = (record["profile_id"], record["field"])
        if key in fresh:
            record.update(status="superseded", resolved_at=_now())
        elif record["field"] in agreed.get(record["profile_id"], set()):
            record.update(status="converged", resolved_at=_now())
    repository.set_setting(SETTING_CONFLICTS, records + new_records)
