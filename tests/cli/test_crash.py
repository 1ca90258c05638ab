"""Whole or not at all: ``kill -9`` at random moments of a 5,000-profile import, ten times, and of a
duplicates merge; each time the vault opens, passes ``check``, and holds the write whole (every
profile, exactly as imported; the merged survivor with the other in the trash) or not at all."""

import json
import random
import subprocess
import sys
import time

import pytest
from bench.synthetic import make_profiles

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault

PROFILES = 5000


@pytest.mark.slow
def test_kill_9_during_import_stores_it_whole_or_not_at_all(tmp_path, cli_env):
    profiles = make_profiles(PROFILES, seed=7)
    by_id = {p["id"]: p for p in profiles}
    source = tmp_path / "many.json"
    source.write_text(
        json.dumps(
            {"format": "profileeditor.profiles", "version": 1, "profiles": profiles},
            ensure_ascii=False,
        )
    )
    passphrase = cli_env["PROFILEEDITOR_PASSPHRASE"]
    rng = random.Random(20261124)
    outcomes = []
    for run in range(10):
        path = tmp_path / f"run{run}.pevault"
        Vault.create(path, passphrase, KdfParams.insecure_for_tests())[0].lock()
        proc = subprocess.Popen(
            [sys.executable, "-m", "profileeditor.cli", "import", str(path), str(source)],
            env=cli_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        # Kill after a random number of written batches plus a random part of the next
        # one, paced by the import's own progress lines: the moments stay spread however
        # busy the machine is (a fixed sleep lands every kill in one batch under load).
        target = rng.randint(1, PROFILES // 500 - 1)
        seen: list[str] = []
        started = time.monotonic()
        while len(seen) < target:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("written"):
                seen.append(line)
        per_batch = (time.monotonic() - started) / max(1, len(seen))
        time.sleep(rng.uniform(0.0, per_batch))
        proc.kill()
        rest, _ = proc.communicate()
        finished = any(line.startswith("imported") for line in [*seen, *rest.splitlines()])

        with Vault.open(path, passphrase, auto_backup=False) as vault:
            assert vault.check() == []
            repo = vault.repository
            count = repo.count()
            assert count in (0, PROFILES)  # the whole import or none of it
            if finished:
                assert count == PROFILES
            for stored in repo.get_profiles(repo.ids()):
                original = by_id[stored["id"]]
                stored.pop("created_at"), stored.pop("updated_at")
                assert stored == original
        outcomes.append((len(seen), finished, count))
    # the kills really landed at different moments, many mid-import (batches written, not done)
    assert len({written for written, _, _ in outcomes}) > 2
    assert any(written and not finished for written, finished, _ in outcomes)


MERGER = """
import sys
from pathlib import Path
from profileeditor.core.duplicates import merge_profiles
from profileeditor.core.vault import Vault
with Vault.open(Path(sys.argv[1]), sys.argv[2], auto_backup=False) as vault:
    print("merging", flush=True)
    merge_profiles(vault.repository, sys.argv[3], sys.argv[4])
    print("merged", flush=True)
"""


def _heavy(name: str, n: int) -> dict:
    """A profile with many sub-records, so that the merge's writes take a while to kill."""
    return {
        "name": {"en": name},
        "bio": {"en": f"biography of {name}"},
        "events": [
            {"id": f"{name}-e{i}", "date": "2020-01-01", "description": {"en": f"event {i} " * 20}}
            for i in range(n)
        ],
    }


@pytest.mark.slow
def test_kill_9_during_a_duplicates_merge_leaves_it_whole_or_undone(tmp_path, cli_env):
    passphrase = cli_env["PROFILEEDITOR_PASSPHRASE"]
    rng = random.Random(20261201)
    outcomes = []
    for run in range(8):
        path = tmp_path / f"merge{run}.pevault"
        vault = Vault.create(path, passphrase, KdfParams.insecure_for_tests())[0]
        survivor = vault.repository.create_profile(_heavy("Survivor", 50))
        other = vault.repository.create_profile(_heavy("Other", 4000))
        before = vault.repository.get_profile(survivor)
        vault.lock()
        proc = subprocess.Popen(
            [sys.executable, "-c", MERGER, str(path), passphrase, survivor, other],
            env=cli_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 1.5))
        proc.kill()
        rest, _ = proc.communicate()
        finished = "merged" in rest

        with Vault.open(path, passphrase, auto_backup=False) as vault:
            assert vault.check() == []
            repo = vault.repository
            stored = repo.get_profile(survivor)
            if repo.is_deleted(other):  # merged: the survivor carries every event of both
                assert len(stored["events"]) == 4050
            else:
                assert stored == before  # undone: not a single event was added
            assert finished <= repo.is_deleted(other)
            outcomes.append((first == "merging\n", finished, repo.is_deleted(other)))
    # some kills landed mid-merge, and both outcomes occurred
    assert any(started and not finished for started, finished, _ in outcomes)
