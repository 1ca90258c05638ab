"""Two vaults exchange encrypted bundles both ways, with edits on both sides, and converge:
every field equal, conflicts exactly where both sides changed a field, no value lost."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from profileeditor.core import exchange
from profileeditor.core import repository as repository_module
from profileeditor.core.exchange import merge_profile, snapshot, unflatten
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.repository import flatten
from profileeditor.core.vault import Vault
from profileeditor.export.bundle import BundleError, import_bundle, public_key, write_bundle
from profileeditor.importers.json_import import import_document

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def ticking_clock(monkeypatch):
    """History times have one-second resolution; a test edits faster than that."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    ticks = itertools.count()

    def now_iso() -> str:
        moment = start + timedelta(seconds=next(ticks))
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")

    monkeypatch.setattr(repository_module, "now_iso", now_iso)


@pytest.fixture
def pair(tmp_path, sample_profiles):
    a, _ = Vault.create(tmp_path / "a.pevault", PASSPHRASE, KdfParams.insecure_for_tests())
    b, _ = Vault.create(tmp_path / "b.pevault", PASSPHRASE, KdfParams.insecure_for_tests())
    import_document(
        a.repository,
        {"format": "profileeditor.profiles", "version": 1, "profiles": sample_profiles},
    )
    yield a, b
    for v in (a, b):
        if not v.is_locked:
            v.lock()


def _send(sender, receiver, path, ids=None):
    ids = ids if ids is not None else sender.repository.ids()
    write_bundle(sender, ids, path, recipients=[public_key(receiver.repository)])
    return import_bundle(receiver, path)


def _edit(vault, profile_id, **changes):
    profile = vault.repository.get_profile(profile_id)
    for path, value in changes.items():
        flat = flatten(profile)
        flat[path.replace("__", ".")] = value
        rebuilt = unflatten(flat)
        for attachment, original in zip(
            rebuilt.get("attachments") or [], profile.get("attachments") or [], strict=False
        ):
            attachment["data"] = original.get("data")
        profile = {**rebuilt, "created_at": profile.get("created_at")}
    vault.repository.update_profile(profile)


def _flat(vault, profile_id):
    return flatten(vault.repository.get_profile(profile_id))


def test_exchange_both_ways_converges_with_conflicts_exactly_where_both_changed(pair, tmp_path):
    a, b = pair
    ids = a.repository.ids()
    report = _send(a, b, tmp_path / "1.age")
    assert len(report.added) == 8 and not report.conflicts
    assert all(_flat(a, i) == _flat(b, i) for i in ids)  # photos kept byte for byte

    p, q = ids[0], ids[1]
    case_id = a.repository.get_profile(p)["cases"][0]["id"]
    # A: status and bio.en of p, the case court; B: sex of p, bio.en of p (both!), q's notes.
    _edit(a, p, status="released", bio__en="A's bio")
    _edit(a, p, **{f"cases[{case_id}].court.en": "A's court"})
    _edit(b, p, sex="other", bio__en="B's bio")
    _edit(b, q, notes__en="B's note on q")

    report = _send(b, a, tmp_path / "2.age")
    assert [(c["profile_id"], c["field"]) for c in report.conflicts] == [(p, "bio.en")]
    assert report.updated == [p, q] or sorted(report.updated) == sorted([p, q])
    assert _flat(a, p)["sex"] == "other" and _flat(a, p)["status"] == "released"
    assert _flat(a, p)["bio.en"] == "A's bio"  # ours stays until the user decides
    conflict = exchange.conflicts(a.repository)[0]
    assert conflict["local"] == "A's bio" and conflict["remote"] == "B's bio"
    assert conflict["remote_at"] and conflict["local_at"]

    report = _send(a, b, tmp_path / "3.age")
    assert [(c["profile_id"], c["field"]) for c in report.conflicts] == [(p, "bio.en")]
    assert _flat(b, p)["status"] == "released"
    assert _flat(b, p)[f"cases[{case_id}].court.en"] == "A's court"
    assert _flat(b, p)["bio.en"] == "B's bio"

    # A decides for B's text; B's open conflict closes when A's decision arrives.
    exchange.resolve_conflict(a.repository, conflict["id"], "remote")
    _send(a, b, tmp_path / "4.age")
    assert not exchange.conflicts(b.repository)
    _send(b, a, tmp_path / "5.age")
    assert not exchange.conflicts(a.repository)
    for i in ids:
        assert _flat(a, i) == _flat(b, i)
    # No value lost: A's own bio is in A's history, and in both conflict logs.
    assert any(r.old == "A's bio" and r.field == "bio.en" for r in a.repository.history(p))
    logged = exchange.conflicts(b.repository, include_resolved=True)
    assert {c["local"] for c in logged} | {c["remote"] for c in logged} >= {"A's bio", "B's bio"}


def test_local_choice_wins_and_later_edits_flow_without_conflict(pair, tmp_path):
    a, b = pair
    ids = a.repository.ids()
    _send(a, b, tmp_path / "1.age")
    p = ids[2]
    _edit(a, p, status="travel_ban")
    _edit(b, p, status="exiled")
    _send(b, a, tmp_path / "2.age")
    (conflict,) = exchange.conflicts(a.repository)
    exchange.resolve_conflict(a.repository, conflict["id"], "local")
    lost = [r for r in a.repository.history(p) if r.field == "conflict:status"]
    assert [(r.old, r.new) for r in lost] == [("exiled", "travel_ban")]  # the loser is on record
    _send(a, b, tmp_path / "3.age")
    assert _flat(b, p)["status"] == "travel_ban"  # A decided; B had not changed it since
    assert not exchange.conflicts(b.repository)
    # Echo: B's unchanged copy of A's value does not undo A's newer edit.
    _edit(a, p, status="detained")
    _send(b, a, tmp_path / "4.age")
    assert _flat(a, p)["status"] == "detained"
    assert not exchange.conflicts(a.repository)
    # A new sub-record on one side and a deleted one on the other both arrive.
    profile = b.repository.get_profile(p)
    removed = profile["events"].pop(0)["id"] if profile.get("events") else None
    b.repository.update_profile(profile)
    profile = a.repository.get_profile(ids[3])
    profile.setdefault("events", []).append(
        {"id": "0d6b5f7e-3a58-4a5c-9a0e-6f4f2f1f0c11", "type": "hunger_strike", "date": "2024-02"}
    )
    a.repository.update_profile(profile)
    _send(a, b, tmp_path / "5.age")
    _send(b, a, tmp_path / "6.age")
    for i in ids:
        assert _flat(a, i) == _flat(b, i)
    if removed:
        assert all(e["id"] != removed for e in a.repository.get_profile(p).get("events") or [])


def test_wrong_key_tampering_replay_and_passphrase(pair, tmp_path):
    a, b = pair
    ids = a.repository.ids()[:2]
    path = tmp_path / "b.age"
    write_bundle(a, ids, path, recipients=[public_key(b.repository)])
    with pytest.raises(BundleError, match="not encrypted to this vault's key"):
        import_bundle(a, path)  # A is not a recipient
    data = path.read_bytes()
    for offset in (len(data) // 2, len(data) - 1, 60):
        tampered = bytearray(data)
        tampered[offset] ^= 0x01
        (tmp_path / "t.age").write_bytes(bytes(tampered))
        with pytest.raises(BundleError, match=r"altered|damaged"):
            import_bundle(b, tmp_path / "t.age")
    (tmp_path / "short.age").write_bytes(data[:-10])
    with pytest.raises(BundleError):
        import_bundle(b, tmp_path / "short.age")
    (tmp_path / "plain.age").write_bytes(b'{"format": "profileeditor.bundle"}')
    with pytest.raises(BundleError, match="not an exchange bundle"):
        import_bundle(b, tmp_path / "plain.age")
    assert b.repository.count() == 0  # nothing stored from a refused bundle
    assert len(import_bundle(b, path).added) == 2
    with pytest.raises(BundleError, match="already imported"):
        import_bundle(b, path)

    write_bundle(a, ids, tmp_path / "p.age", passphrase="a shared secret")
    with pytest.raises(BundleError, match="wrong passphrase"):
        import_bundle(b, tmp_path / "p.age", passphrase="not it")
    assert import_bundle(b, tmp_path / "p.age", passphrase="a shared secret").unchanged == ids


def test_identity_is_stored_inside_the_vault(vault, vault_path):
    key = public_key(vault.repository)
    assert key.startswith("age1")
    assert vault.repository.get_setting("age_identity").startswith("AGE-SECRET-KEY-")
    vault.lock()
    reopened = Vault.open(vault_path, "correct horse battery staple", auto_backup=False)
    assert public_key(reopened.repository) == key
    reopened.lock()
    raw = b"".join(p.read_bytes() for p in vault_path.rglob("*") if p.is_file())
    assert b"AGE-SECRET-KEY" not in raw and key.encode() not in raw


def test_merge_without_ancestor_makes_every_difference_a_conflict():
    local = {"id": "x", "name": {"ar": "أ"}, "status": "detained"}
    remote = {"id": "x", "name": {"ar": "أ"}, "status": "released", "sex": "male"}
    merge = merge_profile(local, remote, [])
    assert sorted(c.path for c in merge.conflicts) == ["sex", "status"]
    merge = merge_profile(local, remote, [snapshot(local)])
    assert not merge.conflicts and merge.merged["status"] == "released"


def test_unflatten_inverts_flatten(sample_profiles):
    for profile in sample_profiles:
        for attachment in profile.get("attachments") or []:
            attachment.pop("data", None)
        rebuilt = unflatten(flatten(profile))
        for key in ("created_at", "updated_at"):
            rebuilt[key] = profile.get(key)
        assert flatten(rebuilt) == flatten(profile)
