"""Export time grows linearly with the number of profiles ("one person or hundreds").

The bound is a ratio against a small export measured in the same test, so it does not depend on
the machine: per-profile time at 200 profiles must stay within 3x of that at 10, which catches
quadratic behaviour (python-docx's body scans, per-character re-shaping) without flaking.
Peak memory of a PDF export is bounded the same way: a dossier of 200 profiles may not need much
more than one of 20 (each profile's views and shaped text are dropped once written).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from export_helpers import TODAY

from profileeditor.export import export_profiles

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.synthetic import make_profiles


def _per_profile(profiles, fmt, out) -> float:
    start = time.perf_counter()
    export_profiles(profiles, fmt, out, lang="ar+en", level="internal", today=TODAY)
    return (time.perf_counter() - start) / len(profiles)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_time_per_profile_does_not_grow(tmp_path, fmt):
    profiles = make_profiles(200, seed=7)
    small = _per_profile(profiles[:10], fmt, tmp_path / f"small.{fmt}")
    large = _per_profile(profiles, fmt, tmp_path / f"large.{fmt}")
    print(f"\n{fmt}: {small * 1000:.0f} ms/profile for 10, {large * 1000:.0f} ms/profile for 200")
    assert large <= 3 * small, (small, large)


_PEAK_SCRIPT = """
import resource, sys
from datetime import date
from pathlib import Path
from bench.synthetic import make_profiles
from profileeditor.export import export_profiles
profiles = make_profiles(int(sys.argv[1]), seed=7)
export_profiles(profiles, "pdf", Path(sys.argv[2]), lang="ar+en", level="internal",
                today=date(2026, 1, 1))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_kib(count: int, out: Path) -> int:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root / "src"), str(root)]))
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, str(count), str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=600,
    )
    return int(result.stdout.split()[-1])


@pytest.mark.slow
def test_pdf_peak_memory_does_not_grow_with_the_dossier(tmp_path):
    # Measured: 102 MB for 20 profiles, 150 MB for 200 (was 131 MB and ~280 MB, when every
    # profile's views and every shaped line were kept until the end).
    small = _peak_kib(20, tmp_path / "small.pdf")
    large = _peak_kib(200, tmp_path / "large.pdf")
    print(f"\npdf peak memory: {small // 1024} MB for 20, {large // 1024} MB for 200")
    assert large <= 1.8 * small, (small, large)
