"""Publishing speed: the website and the Uwazi files of N profiles beside the bilingual PDF
dossier of the same profiles, in one run (a ratio holds on a busy machine; seconds do not).

    python bench/publish.py --profiles 500
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import make_profiles
from profileeditor.export import (
    export_profiles,
    uwazi,
)
from profileeditor.export.site import build_site

TODAY = date(2026, 12, 1)


def _timed(label: str, work) -> float:
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    print(f"{label:<34} {wall:7.1f} s wall, {cpu:7.1f} s CPU")
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=500)
    args = parser.parse_args()
    profiles = make_profiles(args.profiles, seed=3)
    for profile in profiles:
        profile["consent"] = {"level": "full"}  # a site shows consenting people only
    out = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    print(f"profiles {args.profiles:,}")
    pdf = _timed(
        "PDF dossier, ar+en, public",
        lambda: export_profiles(profiles, "pdf", out / "d.pdf", lang="ar+en", today=TODAY),
    )
    site = _timed(
        "website (both languages)", lambda: build_site(profiles, out / "site", today=TODAY)
    )
    files = _timed("Uwazi CSV files", lambda: uwazi.write(out / "uwazi", profiles, "public"))
    print(f"site / PDF (CPU time)              {site / pdf:.2f}   target ≤ 1")
    print(f"Uwazi / PDF (CPU time)             {files / pdf:.2f}")
    index = (out / "site" / "index.html").stat().st_size
    print(f"index.html                         {index / 1024:.0f} KiB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory                        {peak:.0f} MB")


if __name__ == "__main__":
    main()
