"""Vaults exchange signed bundles both ways, with edits and deletions on both sides, and
converge: every field equal, conflicts exactly where both sides changed a field, no value lost."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from profileeditor.core import exchange
from profileeditor.core import repository as repository_module
from profileeditor.core.exchange import contacts
from profileeditor.core.exchange.bundle import (
    NeedsReview,
    UnknownSender,
    import_bundle,
    write_bundle,
)
from profileeditor.core.exchange.keys import own_keys, parse_identity, safety_number
from profileeditor.core.exchange.paths import unflatten
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.repository import flatten
from profileeditor.core.vault import Vault
from profileeditor.importers.json_import import import_document

PASSPHRASE = "correct horse battery staple"
BundleError = exchange.BundleError


@pytest.fixture(autouse=True)
def ticking_clock(monkeypatch):
    """History times have one-second resolution; a test edits faster than that."""
    start = datetime(2024, 1, 1, tzinfo=UTC)
    ticks = itertools.count()

    def now_iso() -> str:
        moment = start + timedelta(seconds=next(ticks))
        return moment.isoformat(timespec="seconds").replace("+00:00", "Z")

    monkeypatch.setattr(repository_module, "now_iso", now_iso)


def make_vault(path):
    return Vault.create(path, PASSPHRASE, KdfParams.insecure_for_tests())[0]


def befriend(*vaults, verified=True):
    for one in vaults:
        for other in vaults:
            if one is not other:
                contacts.add(
                    one.repository,
                    other.path.stem,
                    own_keys(other.repository).public,
                    verified=verified,
                )


@pytest.fixture
def pair(tmp_path, sample_profiles):
    a, b = make_vault(tmp_path / "a.pevault"), make_vault(tmp_path / "b.pevault")
    import_document(
        a.repository,
        {"format": "profileeditor.profiles", "version": 1, "profiles": sample_profiles},
    )
    befriend(a, b)
    yield a, b
    for v in (a, b):
        if not v.is_locked:
            v.lock()


def send(sender, receiver, path, ids=None, **kwargs):
    write_bundle(sender, ids, path, contacts=[receiver.path.stem])
    return import_bundle(receiver, path, **kwargs)


def edit(vault, profile_id, **changes):
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


def flat(vault, profile_id):
    return flatten(vault.repository.get_profile(profile_id))


def test_exchange_both_ways_converges_with_conflicts_exactly_where_both_changed(pair, tmp_path):
    a, b = pair
    ids = a.repository.ids()
    report = send(a, b, tmp_path / "1.age")
    assert len(report.added) == 8 and not report.conflicts
    assert all(flat(a, i) == flat(b, i) for i in ids)  # photos kept byte for byte

    p, q = ids[0], ids[1]
    case_id = a.repository.get_profile(p)["cases"][0]["id"]
    edit(a, p, status="released", bio__en="A's bio")
    edit(a, p, **{f"cases[{case_id}].court.en": "A's court"})
    edit(b, p, sex="other", bio__en="B's bio")
    edit(b, q, notes__en="B's note on q")

    report = send(b, a, tmp_path / "2.age")
    assert [(c["profile_id"], c["field"]) for c in report.conflicts] == [(p, "bio.en")]
    assert sorted(report.updated) == sorted([p, q])
    assert flat(a, p)["sex"] == "other" and flat(a, p)["status"] == "released"
    conflict = exchange.conflicts(a.repository)[0]
    assert {conflict["local"], conflict["remote"]} == {"A's bio", "B's bio"}
    assert conflict["peer"] == "b"

    send(a, b, tmp_path / "3.age")
    assert flat(b, p)["status"] == "released"
    assert flat(b, p)[f"cases[{case_id}].court.en"] == "A's court"
    # Both hold the same value meanwhile (the later edit), the conflict listed for a decision.
    assert flat(a, p)["bio.en"] == flat(b, p)["bio.en"]

    # A decides for B's text; the decision reaches B, whose conflict (if any) closes.
    exchange.resolve_conflict(
        a.repository, conflict["id"], "remote" if conflict["remote"] == "B's bio" else "local"
    )
    send(a, b, tmp_path / "4.age")
    assert not exchange.conflicts(b.repository)
    send(b, a, tmp_path / "5.age")
    assert not exchange.conflicts(a.repository)
    for i in ids:
        assert flat(a, i) == flat(b, i)
    assert flat(a, p)["bio.en"] == "B's bio"
    # No value lost: A's own bio is in A's history, and the conflict log keeps both.
    assert any(r.new == "A's bio" and r.field == "bio.en" for r in a.repository.history(p))
    logged = exchange.conflicts(a.repository, include_resolved=True)
    assert {c["local"] for c in logged} | {c["remote"] for c in logged} >= {"A's bio", "B's bio"}


def test_revisions_record_the_contact_they_came_from(pair, tmp_path):
    a, b = pair
    send(a, b, tmp_path / "1.age")
    p = a.repository.ids()[0]
    edit(a, p, status="released")
    send(a, b, tmp_path / "2.age")
    revision = [r for r in b.repository.history(p) if r.field == "status"][-1]
    assert revision.new == "released" and revision.author == "a (bundle)"
    row = b.repository.conn.execute(
        "SELECT contact FROM revisions WHERE profile_id = ? AND field = 'status'", (p,)
    ).fetchone()
    assert row[0] == own_keys(a.repository).public.text


def test_deletions_travel_as_tombstones_into_the_trash(pair, tmp_path):
    a, b = pair
    ids = a.repository.ids()
    send(a, b, tmp_path / "1.age")
    trashed, purged, inner = ids[0], ids[1], ids[2]
    a.repository.delete_profile(trashed)
    a.repository.purge_profile(purged)
    profile = a.repository.get_profile(inner)
    removed = profile["cases"].pop(0)["id"]
    a.repository.update_profile(profile)
    report = send(a, b, tmp_path / "2.age")
    assert sorted(report.trashed) == sorted([trashed, purged])
    assert b.repository.is_deleted(trashed) and b.repository.is_deleted(purged)
    assert all(c["id"] != removed for c in b.repository.get_profile(inner).get("cases") or [])
    # Restorable, and a restore travels back.
    b.repository.restore_profile(purged)
    send(b, a, tmp_path / "3.age")
    assert not a.repository.is_deleted(purged)
    assert flat(a, purged) == flat(b, purged)


def test_edit_versus_delete_is_a_conflict(pair, tmp_path):
    a, b = pair
    send(a, b, tmp_path / "1.age")
    p = a.repository.ids()[0]
    a.repository.delete_profile(p)
    edit(b, p, status="released")
    report = send(a, b, tmp_path / "2.age")
    assert [(c["profile_id"], c["field"]) for c in report.conflicts] == [(p, "~deleted")]
    assert b.repository.is_deleted(p)  # in the trash, restorable, the edit kept in it
    assert b.repository.get_profile(p)["status"] == "released"
    (conflict,) = exchange.conflicts(b.repository)
    exchange.resolve_conflict(b.repository, conflict["id"], "local")  # keep it alive
    assert not b.repository.is_deleted(p)
    send(b, a, tmp_path / "3.age")
    assert not a.repository.is_deleted(p) and flat(a, p)["status"] == "released"


def test_identity_line_and_safety_number_agree_on_both_sides(pair):
    a, b = pair
    ida, idb = own_keys(a.repository).public, own_keys(b.repository).public
    assert parse_identity(ida.text) == ida and ida.text.startswith("pe1:age1")
    number = safety_number(ida, idb)
    assert number == safety_number(idb, ida)
    groups = number.split()
    assert len(groups) == 12 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert safety_number(ida, idb) != safety_number(ida, own_keys(a.repository).public)


def test_secrets_stay_inside_the_encrypted_vault(vault, vault_path):
    keys = own_keys(vault.repository)
    line = keys.public.text
    vault.lock()
    reopened = Vault.open(vault_path, PASSPHRASE, auto_backup=False)
    assert own_keys(reopened.repository).public.text == line
    reopened.lock()
    raw = b"".join(p.read_bytes() for p in vault_path.rglob("*") if p.is_file())
    assert b"AGE-SECRET-KEY" not in raw and line.encode() not in raw
    assert keys.public.age.encode() not in raw


def test_unknown_sender_is_refused_unless_accepted_and_unverified_needs_review(
    tmp_path, sample_profiles
):
    a, b = make_vault(tmp_path / "a.pevault"), make_vault(tmp_path / "b.pevault")
    import_document(
        a.repository,
        {"format": "profileeditor.profiles", "version": 1, "profiles": sample_profiles},
    )
    contacts.add(a.repository, "b", own_keys(b.repository).public, verified=True)
    path = tmp_path / "1.age"
    write_bundle(a, None, path, contacts=["b"])
    with pytest.raises(UnknownSender, match="not one of your contacts") as refused:
        import_bundle(b, path)
    assert refused.value.safety == safety_number(
        own_keys(a.repository).public, own_keys(b.repository).public
    )
    assert b.repository.count() == 0 and not contacts.list_contacts(b.repository)
    report = import_bundle(b, path, accept_unverified="Amira")
    assert len(report.added) == 8
    (amira,) = contacts.list_contacts(b.repository)
    assert amira.name == "Amira" and not amira.verified
    # The next bundle from an unverified contact waits for a review of every change.
    p = a.repository.ids()[0]
    edit(a, p, status="released", bio__en="new bio")
    write_bundle(a, None, tmp_path / "2.age", contacts=["b"])
    with pytest.raises(NeedsReview) as review:
        import_bundle(b, tmp_path / "2.age")
    changes = {(c.profile_id, c.path, c.new) for c in review.value.report.changes}
    assert changes == {(p, "status", "released"), (p, "bio.en", "new bio")}
    assert flat(b, p)["status"] != "released"  # nothing written by the review
    import_bundle(b, tmp_path / "2.age", accept_unverified="Amira")
    assert flat(b, p)["status"] == "released"


def test_passphrase_bundle_signed_and_bounded(pair, tmp_path):
    a, b = pair
    ids = a.repository.ids()[:2]
    write_bundle(a, ids, tmp_path / "p.age", passphrase=BUNDLE_PASSPHRASE)
    with pytest.raises(BundleError, match="wrong passphrase"):
        import_bundle(b, tmp_path / "p.age", passphrase="not it")
    with pytest.raises(BundleError, match="passphrase"):
        import_bundle(b, tmp_path / "p.age")
    assert len(import_bundle(b, tmp_path / "p.age", passphrase=BUNDLE_PASSPHRASE).added) == 2


BUNDLE_PASSPHRASE = "wadi halfa ninety kites orbit"


@pytest.mark.parametrize("weak", ["a", "a shared secret", "password1234", "qwertyuiopasdf"])
def test_a_weak_bundle_passphrase_is_refused_like_a_vault_one(pair, tmp_path, weak):
    """Issue 9 item 8: a passphrase bundle travels; a seized copy is attacked offline through
    age's scrypt, so it is held to the vault passphrase policy (core/passphrase_policy.py)."""
    a, _ = pair
    with pytest.raises(BundleError, match=r"passphrase is too (short|easy)"):
        write_bundle(a, a.repository.ids()[:1], tmp_path / "weak.age", passphrase=weak)
    assert sorted(p.name for p in tmp_path.glob("*.age")) == []  # nothing written
    assert list(tmp_path.glob(".partial*")) == []


def test_unflatten_inverts_flatten(sample_profiles):
    for profile in sample_profiles:
        for attachment in profile.get("attachments") or []:
            attachment.pop("data", None)
        rebuilt = unflatten(flatten(profile))
        for key in ("created_at", "updated_at"):
            rebuilt[key] = profile.get(key)
        assert flatten(rebuilt) == flatten(profile)


def test_a_bundle_from_the_future_is_refused_and_the_sender_not_locked_out(
    pair, tmp_path, monkeypatch
):
    from profileeditor.core.exchange import bundle as bundle_module

    a, b = pair
    send(a, b, tmp_path / "1.age")
    p = a.repository.ids()[0]
    edit(a, p, status="released")
    with monkeypatch.context() as patched:
        patched.setattr(bundle_module, "now_iso", lambda: "9999-12-31T23:59:59.999999Z")
        write_bundle(a, None, tmp_path / "future.age", contacts=["b"])
    with pytest.raises(BundleError, match="future"):
        import_bundle(b, tmp_path / "future.age")
    assert flat(b, p)["status"] != "released"
    send(a, b, tmp_path / "2.age")  # the next genuine bundle goes through
    assert flat(b, p)["status"] == "released"
