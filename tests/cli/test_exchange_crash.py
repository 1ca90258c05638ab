"""A bundle merge commits whole or not at all: ``kill -9`` at random moments of ``bundle import``
(added profiles, updated ones, trash, field states, the bundle marked as seen — one transaction);
each time the vault opens, passes ``check``, and holds either none of the bundle or all of it,
and a bundle not merged is still accepted afterwards."""

import random
import shutil
import subprocess
import sys
import time

import pytest
from bench.synthetic import make_profiles

from profileeditor.core.exchange import contacts
from profileeditor.core.exchange.bundle import write_bundle
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault

PROFILES = 1500


def _outcome(path, passphrase):
    with Vault.open(path, passphrase, auto_backup=False) as vault:
        assert vault.check() == []
        conn = vault.repository.conn
        seen = conn.execute("SELECT count(*) FROM bundles_seen").fetchone()[0]
        states = conn.execute("SELECT count(DISTINCT profile_id) FROM field_state").fetchone()[0]
        return vault.repository.count(), seen, states


@pytest.mark.slow
def test_kill_9_during_a_bundle_merge_leaves_it_whole_or_absent(tmp_path, cli_env):
    passphrase = cli_env["PROFILEEDITOR_PASSPHRASE"]
    sender = Vault.create(tmp_path / "sender.pevault", passphrase, KdfParams.insecure_for_tests())[
        0
    ]
    receiver = Vault.create(
        tmp_path / "receiver.pevault", passphrase, KdfParams.insecure_for_tests()
    )[0]
    contacts.add(sender.repository, "r", own_keys(receiver.repository).public, True)
    contacts.add(receiver.repository, "s", own_keys(sender.repository).public, True)
    sender.repository.import_profiles(make_profiles(PROFILES, seed=5), bulk=True)
    bundle = tmp_path / "many.age"
    write_bundle(sender, None, bundle, contacts=["r"])
    sender.lock()
    receiver.lock()

    def run(target):
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "profileeditor.cli",
                "bundle",
                "import",
                str(target),
                str(bundle),
            ],
            env=cli_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    # How long a whole merge takes here, to spread the kills over it.
    whole = tmp_path / "whole.pevault"
    shutil.copytree(tmp_path / "receiver.pevault", whole)
    start = time.monotonic()
    assert run(whole).wait() == 0
    duration = time.monotonic() - start
    assert _outcome(whole, passphrase) == (PROFILES, 1, PROFILES)

    rng = random.Random(20261201)
    outcomes = []
    for attempt in range(8):
        target = tmp_path / f"run{attempt}.pevault"
        shutil.copytree(tmp_path / "receiver.pevault", target)
        proc = run(target)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        proc.kill()
        code = proc.wait()
        result = _outcome(target, passphrase)
        assert result in ((0, 0, 0), (PROFILES, 1, PROFILES)), result
        outcomes.append((code, result))
        if result[0] == 0:  # not merged: the same bundle is still accepted afterwards
            assert run(target).wait() == 0
            assert _outcome(target, passphrase) == (PROFILES, 1, PROFILES)
    assert any(code == -9 for code, _ in outcomes)  # the kills did land mid-run
