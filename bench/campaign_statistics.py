"""Benchmark of the Statistics tab's count (issue 14 item 3):
``python bench/campaign_statistics.py --profiles 100000``.

Builds a synthetic vault (bench/synthetic.py; or reuses ``--vault``, passphrase as bench/run.py),
then counts the whole list at the public and the internal level the way the Statistics tab and
``export --format charts`` do (``statistics.from_repository``: a chunk at a time), wall and CPU,
and once more under tracemalloc for the peak of Python memory. ``--whole`` also counts the way the
tab did before (every profile of the list read, redacted and held, then ``compute``), in the same
run. The load average and a fixed pure-Python loop's time say how loaded the machine was.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import PASSPHRASE, build_vault, calibration_ms
from profileeditor.core import statistics
from profileeditor.core.levels import select_for_level
from profileeditor.core.vault import Vault


def streamed(repo, ids, level, today):
    return statistics.from_repository(repo, ids, level, today=today)


def whole(repo, ids, level, today):
    """The tab before: the list's profiles all read and redacted, then counted."""
    chosen: list[dict] = []
    for start in range(0, len(ids), 500):
        chosen += select_for_level(repo.get_profiles(ids[start : start + 500], False), level)
    return statistics.compute(chosen, today, repo.legal_limit_days)


def measure(fn, repo, ids, level, today) -> tuple[float, float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    figures = fn(repo, ids, level, today)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tracemalloc.start()
    try:
        fn(repo, ids, level, today)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return wall, cpu, peak / 2**20, figures.people


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--vault", help="an existing bench vault (passphrase as bench/run.py)")
    parser.add_argument("--keep", help="build the vault at this path and keep it")
    parser.add_argument("--today", default="2026-12-01")
    parser.add_argument("--whole", action="store_true", help="also count as the tab did before")
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    workdir = None
    if args.vault:
        path = Path(args.vault)
    else:
        if args.keep:
            path = Path(args.keep)
        else:
            workdir = Path(tempfile.mkdtemp(prefix="pe-statistics-bench-"))
            path = workdir / "statistics.pevault"
        start = time.perf_counter()
        build_vault(path, args.profiles)
        print(f"built {args.profiles:,} profiles in {time.perf_counter() - start:.0f} s")
    vault = Vault.open(path, PASSPHRASE, auto_backup=False)  # migrates an older bench vault
    repo = vault.repository
    ids = repo.ids()
    print(f"{len(ids):,} profiles; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    ways = [("whole list", whole)] if args.whole else []
    if hasattr(statistics, "from_repository"):  # not before the streamed count (57d62c3)
        ways.insert(0, ("streamed", streamed))
    for level in ("public", "internal"):
        for name, fn in ways:
            wall, cpu, peak, people = measure(fn, repo, ids, level, today)
            print(
                f"{level:8} {name:10}: {people:,} people counted; wall {wall:.1f} s, "
                f"CPU {cpu:.1f} s, peak Python memory {peak:.1f} MB"
            )
    print(f"load check: a 1M-addition Python loop took {calibration_ms():.0f} ms CPU")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    vault.lock()
    if workdir is not None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
