"""Convergence, property-based: three vaults edit, trash, restore and exchange bundles that arrive
late, twice or out of order; once every bundle has arrived and a last round is done, all three
hold the same profiles (and the same trash), and every conflict listed is on a field that more
than one vault changed."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from profileeditor.core.exchange import BundleReplayed, conflicts, contacts
from profileeditor.core.exchange.bundle import import_bundle, write_bundle
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.repository import flatten
from profileeditor.core.vault import Vault

NAMES = ("a", "b", "c")
PROFILES = (
    "6f1b2a40-0000-4000-8000-000000000001",
    "6f1b2a40-0000-4000-8000-000000000002",
)
FIELDS = ("status", "bio.en", "notes.en")
VALUES = {
    "status": ("detained", "released", "exiled"),
    "bio.en": ("one", "two", "three"),
    "notes.en": ("x", "y"),
}

vault_index = st.integers(0, 2)
operation = st.one_of(
    st.tuples(
        st.just("edit"),
        vault_index,
        st.integers(0, len(PROFILES) - 1),
        st.sampled_from(FIELDS),
        st.integers(0, 2),
    ),
    st.tuples(st.just("trash"), vault_index, st.integers(0, len(PROFILES) - 1)),
    st.tuples(st.just("restore"), vault_index, st.integers(0, len(PROFILES) - 1)),
    st.tuples(st.just("send"), vault_index, vault_index),
    st.tuples(st.just("deliver"), st.integers(0, 50), st.booleans()),
)


def _edit(vault, pid, path, value):
    profile = vault.repository.get_profile(pid)
    head, _, tail = path.partition(".")
    if tail:
        profile[head] = {**(profile.get(head) or {}), tail: value}
    else:
        profile[head] = value
    vault.repository.update_profile(profile)


def _state(vault):
    repo = vault.repository
    rows = repo.conn.execute("SELECT id, deleted_at IS NOT NULL FROM profiles").fetchall()
    return {pid: (bool(gone), flatten(repo.get_profile(pid))) for pid, gone in rows}


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(operation, min_size=3, max_size=14))
def test_three_vaults_converge_whatever_the_order(ops):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vaults = [
            Vault.create(folder / f"{n}.pevault", "p", KdfParams.insecure_for_tests())[0]
            for n in NAMES
        ]
        try:
            _run(folder, vaults, ops)
        finally:
            for v in vaults:
                v.lock()


def _run(folder, vaults, ops):
    for one, _name in zip(vaults, NAMES, strict=True):
        for other, other_name in zip(vaults, NAMES, strict=True):
            if one is not other:
                contacts.add(one.repository, other_name, own_keys(other.repository).public, True)
    first = vaults[0].repository
    first.import_profiles(
        [
            {"id": pid, "name": {"en": f"Person {i}"}, "status": "detained"}
            for i, pid in enumerate(PROFILES)
        ]
    )
    pending: list[tuple[Path, int]] = []
    counter = iter(range(10_000))

    def send(i, j):
        path = folder / f"{next(counter)}.age"
        write_bundle(vaults[i], None, path, contacts=[NAMES[j]])
        pending.append((path, j))

    def deliver(path, j):
        with contextlib.suppress(BundleReplayed):
            import_bundle(vaults[j], path)

    send(0, 1)
    send(0, 2)
    editors: dict[tuple[str, str], set[int]] = {}
    for op in ops:
        kind = op[0]
        if kind == "edit":
            _, i, p, path, v = op
            pid = PROFILES[p]
            repo = vaults[i].repository
            if pid not in repo.ids():
                continue  # not here yet, or in the trash
            _edit(vaults[i], pid, path, VALUES[path][v % len(VALUES[path])])
            editors.setdefault((pid, path), set()).add(i)
        elif kind in ("trash", "restore"):
            _, i, p = op
            pid = PROFILES[p]
            repo = vaults[i].repository
            try:
                deleted = repo.is_deleted(pid)
            except KeyError:
                continue
            if kind == "trash" and not deleted:
                repo.delete_profile(pid)
            elif kind == "restore" and deleted:
                repo.restore_profile(pid)
            else:
                continue
            editors.setdefault((pid, "~deleted"), set()).add(i)
        elif kind == "send":
            _, i, j = op
            if i != j:
                send(i, j)
        elif pending:
            _, which, keep = op
            path, j = pending[which % len(pending)]
            deliver(path, j)
            if not keep:  # delivered for good; kept ones may arrive again later
                pending.remove((path, j))
    for path, j in reversed(pending):  # the stragglers, in reverse order
        deliver(path, j)
    for _ in range(2):  # a last round: everyone sends everyone everything
        for i in range(3):
            for j in range(3):
                if i != j:
                    path = folder / f"{next(counter)}.age"
                    write_bundle(vaults[i], None, path, contacts=[NAMES[j]])
                    deliver(path, j)
    states = [_state(v) for v in vaults]
    assert states[0] == states[1] == states[2]
    for vault in vaults:
        for record in conflicts(vault.repository, include_resolved=True):
            field = record["field"]
            if field == "~deleted":  # a trash or restore against changes it had not seen
                assert editors.get((record["profile_id"], field)), record
                continue
            # only where two vaults changed the field (vault a wrote each once, creating them)
            assert len(editors.get((record["profile_id"], field), set()) | {0}) >= 2, record
