"""Benchmark of the campaign agenda (issue 16): ``python bench/agenda.py --profiles 100000``.

Builds a synthetic vault (bench/synthetic.py; or reuses ``--vault``), then times the agenda for
the default window (30 days ahead, 7 back), several times, wall and CPU: as the Agenda tab makes
it (every dated item, the first 1,000 records needing attention and the count of all) and whole
(``profileeditor agenda --json``: every record needing attention). It also times a fixed pure-Python loop: on a shared machine
the ratio of that loop's time to the same loop's time on the idle machine says how much the
other figures are inflated by load.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import PASSPHRASE, build_vault, calibration_ms
from profileeditor.core import agenda
from profileeditor.core.vault import Vault
from profileeditor.gui.views.agenda_view import SHOWN_PER_GROUP

TARGET_MS = 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--vault", help="an existing bench vault (passphrase as bench/run.py)")
    parser.add_argument("--today", default="2026-12-01")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    workdir = None
    if args.vault:
        path = Path(args.vault)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="pe-agenda-bench-"))
        path = workdir / "agenda.pevault"
        start = time.perf_counter()
        build_vault(path, args.profiles)
        print(f"built {args.profiles:,} profiles in {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    vault = Vault.open(path, PASSPHRASE, auto_backup=False)  # migrates an older bench vault
    print(f"open (and any schema upgrade): {time.perf_counter() - start:.1f} s")
    repo = vault.repository
    calibs = []
    for label, limit in (("Agenda tab", SHOWN_PER_GROUP), ("whole (--json)", None)):
        walls, cpus = [], []
        result = None
        for _ in range(args.repeat):
            calibs.append(calibration_ms())
            wall, cpu = time.perf_counter(), time.process_time()
            result = agenda.build_from_repository(repo, today=today, attention_limit=limit)
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        assert result is not None
        print(
            f"{label} on {today}: {len(result.items):,} dated items, "
            f"{len(result.attention):,} of {result.attention_count:,} needing attention made"
        )
        print(
            f"  time: wall p50 {statistics.median(walls):.0f} ms (min {min(walls):.0f}), "
            f"CPU p50 {statistics.median(cpus):.0f} ms (min {min(cpus):.0f})"
            + (f"   target ≤ {TARGET_MS} ms" if limit else "")
        )
    vault.lock()
    print(f"load check: a 1M-addition Python loop took {statistics.median(calibs):.0f} ms CPU")
    if workdir is not None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
