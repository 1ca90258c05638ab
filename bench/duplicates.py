"""Duplicate search over a synthetic vault: the absolute figure the tests leave to the bench.

    PYTHONPATH=src python3 bench/duplicates.py [--profiles 10000]

(tests/core/test_duplicates.py bounds only the ratio between 1,000 and 10,000 profiles.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))

from test_duplicates import crowd

from profileeditor.core.duplicates import find_duplicates
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "b.pevault", "bench pass", KdfParams.insecure_for_tests()
        )
        vault.repository.import_profiles(crowd(args.profiles, 5), batch_size=1000)
        started = time.perf_counter()
        pairs = find_duplicates(vault.repository)
        elapsed = time.perf_counter() - started
        vault.lock()
    print(f"duplicates over {args.profiles:,} profiles: {elapsed:.2f} s, {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
