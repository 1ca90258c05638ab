"""The sync folder: vaults tied to one folder exchange through it by themselves — each bundle
merged once, in any order, what every recipient read tidied away, nothing identifying in names."""

from __future__ import annotations

import re

import pytest

from profileeditor.core.exchange import contacts, sync
from profileeditor.core.exchange.bundle import atomic_write, build_payload, seal
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.repository import flatten
from profileeditor.core.vault import Vault
from profileeditor.importers.json_import import import_document

PASSPHRASE = "correct horse battery staple"


def make_vault(path):
    return Vault.create(path, PASSPHRASE, KdfParams.insecure_for_tests())[0]


def befriend(*vaults):
    for one in vaults:
        for other in vaults:
            if one is not other:
                contacts.add(
                    one.repository, other.path.stem, own_keys(other.repository).public, True
                )


@pytest.fixture
def trio(tmp_path, sample_profiles):
    folder = tmp_path / "shared"
    folder.mkdir()
    vaults = [make_vault(tmp_path / f"{n}.pevault") for n in "abc"]
    import_document(
        vaults[0].repository,
        {"format": "profileeditor.profiles", "version": 1, "profiles": sample_profiles},
    )
    befriend(*vaults)
    for v in vaults:
        sync.tie(v.repository, folder)
    yield folder, vaults
    for v in vaults:
        if not v.is_locked:
            v.lock()


def state(vault):
    repo = vault.repository
    return {pid: flatten(repo.get_profile(pid)) for pid in repo.ids()}


def test_three_vaults_converge_through_the_folder_and_it_is_tidied(trio):
    folder, (a, b, c) = trio
    for _ in range(3):
        for v in (a, b, c):
            sync.run(v)
    assert state(a) == state(b) == state(c) and len(state(c)) == 8
    names = [p.name for p in folder.iterdir()]
    assert all(re.fullmatch(r"[0-9a-f]{32}\.age", n) for n in names)

    p = a.repository.ids()[0]
    profile = b.repository.get_profile(p)
    profile["status"] = "released"
    b.repository.update_profile(profile)
    c.repository.delete_profile(a.repository.ids()[1])
    for _ in range(4):
        for v in (c, a, b):
            sync.run(v)
    assert state(a) == state(b) == state(c)
    assert state(a)[p]["status"] == "released" and len(state(a)) == 7
    # Quiet once everyone has read everything: only unacknowledged answers may linger.
    for _ in range(3):
        for v in (a, b, c):
            result = sync.run(v)
    assert not result.merged or all(not r.changes for _, r in result.merged)
    assert len(list(folder.iterdir())) <= 6


def test_a_forged_file_in_the_folder_is_refused_and_nothing_written(trio, tmp_path):
    folder, (a, b, _c) = trio
    stranger = make_vault(tmp_path / "stranger.pevault")
    import_document(
        stranger.repository,
        {
            "format": "profileeditor.profiles",
            "version": 1,
            "profiles": [{"id": "7d1c0f47-5f0b-4b3e-9a56-2f3c6f6a1a01", "name": {"en": "Forged"}}],
        },
    )
    payload = build_payload(stranger, None)
    atomic_write(
        folder / ("ab" * 16 + ".age"), seal(stranger, payload, [own_keys(b.repository).public.age])
    )
    result = sync.run(b)
    assert [name for name, _ in result.refused] == ["ab" * 16 + ".age"]
    assert "not one of your contacts" in result.refused[0][1]
    assert b.repository.count() == 0
    # The real colleagues' bundles still flow.
    sync.run(a)
    sync.run(b)
    assert b.repository.count() == 8
