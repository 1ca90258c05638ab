"""Writes that are atomic, announced and careful: nested transactions (SAVEPOINT), the change hub,
updates that write only what differs, revisions that refuse a stale save, one storage error."""

from __future__ import annotations

import copy
import json
import sys

import pytest

from profileeditor.core import changes, errors
from profileeditor.core.duplicates import merge_profiles
from profileeditor.core.repository import InvalidProfile, StaleProfile
from profileeditor.core.vault import connect_keyed


def _person(name: str, **extra) -> dict:
    return {"name": {"en": name}, **extra}


def _rich(name: str) -> dict:
    return _person(
        name,
        detentions=[
            {
                "id": f"d{i}",
                "arrest_date": f"201{i}-01-02",
                "facilities": [{"name": {"en": f"Prison {i}"}, "from": f"201{i}-01-03"}],
            }
            for i in range(3)
        ],
        cases=[
            {
                "id": f"c{i}",
                "number": str(100 + i),
                "year": 2019,
                "charges": ["terrorism", "false_news"],
                "proceedings": [
                    {"id": f"c{i}p{j}", "date": f"2020-0{j + 1}-01", "renewal_days": 45}
                    for j in range(4)
                ],
            }
            for i in range(3)
        ],
        attachments=[
            {
                "id": "a1",
                "kind": "document",
                "filename": "x.bin",
                "data": "AAECAwQF",
                "level": "internal",
            }
        ],
    )


def test_nested_transaction_rolls_back_alone(vault):
    repo = vault.repository
    with repo.transaction():
        kept = repo.create_profile(_person("Kept"))
        with pytest.raises(InvalidProfile), repo.transaction():
            repo.create_profile(_person("Inner"))
            raise InvalidProfile("inner step fails")
    assert [p["name"]["en"] for p in repo.get_profiles(repo.ids())] == ["Kept"]
    assert repo.get_profile(kept)


def test_outer_failure_takes_the_committed_savepoints_with_it(vault):
    repo = vault.repository
    with pytest.raises(RuntimeError), repo.transaction():
        with repo.transaction():
            repo.create_profile(_person("Gone"))
        raise RuntimeError("a later step fails")
    assert repo.count() == 0


def test_changes_are_announced_after_the_outermost_commit_only(vault):
    repo = vault.repository
    heard: list[changes.Change] = []
    repo.changes.subscribe(heard.append)
    with repo.transaction():
        pid = repo.create_profile(_person("One"))
        assert heard == []  # not yet committed
    assert heard == [changes.Change(changes.CREATED, (pid,))]
    heard.clear()
    with pytest.raises(RuntimeError), repo.transaction():
        repo.delete_profile(pid)
        raise RuntimeError("rolled back")
    assert heard == []  # nothing committed, nothing announced
    profile = repo.get_profile(pid)
    profile["bio"] = {"en": "new"}
    repo.update_profile(profile)
    assert heard == [changes.Change(changes.UPDATED, (pid,), ("bio.en",))]


def test_a_failing_subscriber_does_not_undo_the_write(vault, monkeypatch):
    repo = vault.repository
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda *info: hooked.append(info[0]))

    def broken(change):
        raise ValueError("listener bug")

    repo.changes.subscribe(broken)
    pid = repo.create_profile(_person("Stays"))
    assert repo.get_profile(pid) and hooked == [ValueError]


def test_import_is_whole_or_nothing(vault):
    repo = vault.repository
    good = [_person(f"P{i}", id=f"00000000-0000-4000-8000-{i:012d}") for i in range(30)]
    bad = {"id": "00000000-0000-4000-8000-999999999999", "name": {}}  # no name: refused
    with pytest.raises(InvalidProfile):
        repo.import_profiles([*good, bad], batch_size=10)
    assert repo.count() == 0  # the three batches written before the bad one went too
    progressed = []
    with pytest.raises(errors.Cancelled):
        repo.import_profiles(
            good, batch_size=10, progress=progressed.append, cancelled=lambda: len(progressed) >= 2
        )
    assert progressed == [10, 20] and repo.count() == 0
    heard = []
    repo.changes.subscribe(heard.append)
    result = repo.import_profiles(good, batch_size=10)
    assert len(result.created) == 30 and repo.count() == 30
    assert sorted(i for c in heard for i in c.ids) == sorted(p["id"] for p in good)


def test_a_bulk_import_holds_none_of_the_imported_profiles_until_it_commits(vault):
    """The changes an import announces at its commit wait with their ids packed: holding the
    profiles' own id strings would keep alive, one small string in each, the memory of every
    batch already written (the 100,000-profile import's peak grew with the vault)."""
    repo = vault.repository
    profiles = [_person(f"P{i}", id=f"00000000-0000-4000-8000-{i:012d}") for i in range(20)]
    ids = [p["id"] for p in profiles]
    heard: list[changes.Change] = []
    repo.changes.subscribe(heard.append)
    before = [sys.getrefcount(i) for i in ids]
    with repo.bulk_import():
        repo.import_profiles(profiles[:10], batch_size=4)
        repo.import_profiles(profiles[10:], batch_size=4)
        assert [sys.getrefcount(i) for i in ids] == before
        assert heard == []
    assert [i for c in heard if c.kind == changes.CREATED for i in c.ids] == ids
    assert all(isinstance(c.ids, tuple) for c in heard)


def test_a_bulk_import_is_whole_even_when_an_inner_error_is_caught(vault):
    """Imports make no savepoint per batch (flat): a failure inside cannot be rolled back alone,
    so the whole bulk import refuses to commit, caught or not."""
    repo = vault.repository
    good = [_person(f"P{i}", id=f"00000000-0000-4000-8000-{i:012d}") for i in range(20)]
    bad = {"id": "00000000-0000-4000-8000-999999999999", "name": {}}
    with pytest.raises(errors.StorageBug, match="nothing was stored"), repo.bulk_import():
        repo.import_profiles(good[:10], batch_size=5)
        with pytest.raises(InvalidProfile):
            repo.import_profiles([*good[10:], bad], batch_size=5)
    assert repo.count() == 0
    with repo.bulk_import():
        repo.import_profiles(good[:10], batch_size=5)
        repo.import_profiles(good[10:], batch_size=5)
    assert repo.count() == 20
    # Outside a flat one, an import inside a transaction is still a savepoint of its own.
    with repo.transaction():
        pid = repo.create_profile(_person("Kept"))
        with pytest.raises(InvalidProfile):
            repo.import_profiles([bad], batch_size=5)
    assert repo.get_profile(pid) and repo.count() == 21


def test_duplicates_merge_is_whole_or_nothing(vault, monkeypatch):
    repo = vault.repository
    a = repo.create_profile(_person("Ahmed", bio={"en": "a"}))
    b = repo.create_profile(_person("Ahmed M", governorate={"en": "Giza"}))
    before = repo.get_profile(a)

    def fail(*_args):
        raise errors.KnownStorageError("disk full", errors.FULL)

    monkeypatch.setattr(repo, "delete_profile", fail)  # the second step fails
    with pytest.raises(errors.KnownStorageError):
        merge_profiles(repo, a, b)
    assert repo.get_profile(a) == before and not repo.is_deleted(b)
    monkeypatch.undo()
    merged = merge_profiles(repo, a, b)
    assert merged["governorate"] == {"en": "Giza"} and repo.is_deleted(b)


def _writes(conn, fn) -> list[str]:
    """The write statements ``fn`` runs (not the FTS index's own bookkeeping, traced as '--')."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return [s for s in seen if s.split(" ", 1)[0] in ("INSERT", "UPDATE", "DELETE")]


def test_an_edit_writes_only_what_changed(vault):
    repo = vault.repository
    pid = repo.create_profile(_rich("Rich"))
    stored_pks = repo.conn.execute("SELECT pk FROM proceedings ORDER BY pk").fetchall()
    profile = repo.get_profile(pid)
    profile["name"]["en"] = "Rich Renamed"
    # The profile row, the search index (out and in) and one history row: not every child row
    # deleted and inserted again.
    writes = _writes(repo.conn, lambda: repo.update_profile(profile))
    assert len(writes) == 4, writes
    assert not any(w.startswith(("DELETE FROM profiles", "INSERT INTO cases")) for w in writes)
    assert repo.conn.execute("SELECT pk FROM proceedings ORDER BY pk").fetchall() == stored_pks
    profile["attachments"][0]["caption"] = {"en": "a caption"}
    writes = _writes(repo.conn, lambda: repo.update_profile(profile))
    # The attachment's caption column, updated_at (unless still the same second) and the history:
    # its bytes stay where they are.
    assert len(writes) <= 3, writes
    assert not any("X'" in w or "data" in w.split("WHERE")[0] for w in writes)
    stored = repo.get_profile(pid)
    assert stored == {**profile, "updated_at": stored["updated_at"]}


def test_structural_edits_round_trip(vault):
    """Reordered, added, removed and edited sub-records at every depth come back exactly."""
    repo = vault.repository
    pid = repo.create_profile(_rich("Shapes"))
    profile = repo.get_profile(pid)
    profile["cases"].reverse()
    profile["cases"][0]["proceedings"].pop(1)
    profile["cases"][0]["proceedings"].insert(0, {"id": "new-p", "date": "2021-01-01"})
    profile["cases"][1]["charges"] = ["protest"]
    profile["cases"][2]["number"] = "999"
    del profile["detentions"][1]
    profile["detentions"][0]["facilities"].append({"name": {"ar": "طرة"}})
    profile["detentions"].append({"id": "d9", "arrest_date": "2023-05-05"})
    profile["attachments"] = []
    repo.update_profile(copy.deepcopy(profile))
    stored = repo.get_profile(pid)
    profile.pop("attachments")
    stored.pop("updated_at"), profile.pop("updated_at")
    assert stored == profile
    assert repo.ids("طرة") == [pid] and repo.ids("999") == [pid]
    # nothing orphaned: every child row has its parent
    for table, parent in (("proceedings", "cases"), ("facilities", "detentions")):
        orphans = repo.conn.execute(
            f"SELECT count(*) FROM {table} WHERE parent_pk NOT IN (SELECT pk FROM {parent})"
        ).fetchone()[0]
        assert orphans == 0


def test_a_save_over_a_newer_version_is_refused(vault):
    repo = vault.repository
    pid = repo.create_profile(_person("Base"))
    revision = repo.revision(pid)
    mine = repo.get_profile(pid)
    theirs = repo.get_profile(pid)
    theirs["bio"] = {"en": "their change"}
    repo.update_profile(theirs, expected_revision=revision)
    assert repo.revision(pid) > revision
    mine["occupation"] = {"en": "my change"}
    with pytest.raises(StaleProfile, match="changed elsewhere"):
        repo.update_profile(mine, expected_revision=revision)
    assert repo.get_profile(pid)["bio"] == {"en": "their change"}
    assert "occupation" not in repo.get_profile(pid)


def test_a_locked_database_is_a_known_retryable_error(vault):
    repo = vault.repository
    pid = repo.create_profile(_person("Busy"))
    repo.conn.execute("PRAGMA busy_timeout = 50")
    other = connect_keyed(vault.db_path, vault._key())
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    profile = repo.get_profile(pid)
    profile["bio"] = {"en": "waiting"}
    try:
        with pytest.raises(errors.KnownStorageError) as caught:
            repo.update_profile(profile)
        assert caught.value.retryable and caught.value.code == errors.BUSY
        assert "busy" in errors.describe(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    repo.update_profile(profile)  # the same write goes through once the lock is released
    assert repo.get_profile(pid)["bio"] == {"en": "waiting"}


def test_storage_errors_are_sorted_known_or_bug():
    import sqlcipher3

    full = sqlcipher3.OperationalError("database or disk is full")
    assert isinstance(errors.classify(full), errors.KnownStorageError)
    assert errors.classify(full).retryable
    typo = sqlcipher3.OperationalError("no such column: nmae")
    assert isinstance(errors.classify(typo), errors.StorageBug)
    assert not errors.classify(typo).retryable


def test_settings_changes_are_announced(vault):
    heard = []
    vault.repository.changes.subscribe(heard.append)
    vault.repository.set_setting("campaign_line", {"en": "x"})
    assert heard == [changes.Change(changes.SETTINGS, (), ("campaign_line",))]
    assert json.loads(json.dumps(vault.repository.get_setting("campaign_line"))) == {"en": "x"}
