"""Export time grows linearly with the number of profiles ("one person or hundreds").

The bound is a ratio against a small export measured in the same test, so it does not depend on
the machine: per-profile time at 200 profiles must stay within 3x of that at 10, which catches
quadratic behaviour (python-docx's body scans, per-character re-shaping) without flaking.
"""

from __future__ import annotations

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
