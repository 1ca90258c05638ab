"""What several benches share: a vault of synthetic profiles and a measure of the machine's load."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from bench.synthetic import iter_profiles
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault

PASSPHRASE = "benchmark passphrase"


def build_vault(path: Path, count: int) -> None:
    """A vault of ``count`` synthetic profiles at ``path``, imported the way a sheet is (bulk)."""
    vault, _ = Vault.create(path, PASSPHRASE, KdfParams.insecure_for_tests())
    repo = vault.repository
    profiles = iter_profiles(count)
    with repo.bulk_import():
        while chunk := list(itertools.islice(profiles, 10_000)):
            repo.import_profiles(chunk, batch_size=1000)
    vault.lock()


def calibration_ms() -> float:
    """CPU time of a fixed Python loop: beside the load average, how much a busy shared machine
    inflates the other figures (compare it between runs)."""
    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.process_time() - start) * 1000
