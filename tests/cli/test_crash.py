"""No data loss: ``kill -9`` at random moments of a 5,000-profile import, ten times; each time
the vault opens, passes ``check``, and holds every profile whose batch had committed, whole."""

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
def test_kill_9_during_import_loses_nothing_committed(tmp_path, cli_env):
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
        # Kill after a random number of committed batches plus a random part of the next
        # one, paced by the import's own progress lines: the moments stay spread however
        # busy the machine is (a fixed sleep lands every kill in one batch under load).
        target = rng.randint(1, PROFILES // 500 - 1)
        seen: list[str] = []
        started = time.monotonic()
        while len(seen) < target:
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("committed"):
                seen.append(line)
        per_batch = (time.monotonic() - started) / max(1, len(seen))
        time.sleep(rng.uniform(0.0, per_batch))
        proc.kill()
        rest, _ = proc.communicate()
        reported = [
            int(line.split()[1].split("/")[0])
            for line in [*seen, *rest.splitlines()]
            if line.startswith("committed")
        ]
        committed = max(reported, default=0)

        with Vault.open(path, passphrase, auto_backup=False) as vault:
            assert vault.check() == []
            repo = vault.repository
            count = repo.count()
            assert count >= committed
            assert count % 500 == 0 or count == PROFILES  # whole batches only
            for stored in repo.get_profiles(repo.ids()):
                original = by_id[stored["id"]]
                stored.pop("created_at"), stored.pop("updated_at")
                assert stored == original
        outcomes.append((committed, count))
    # the kills really landed at different moments, some mid-import
    assert len({count for _, count in outcomes}) > 2
    assert any(count < PROFILES for _, count in outcomes)
