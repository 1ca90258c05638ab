"""The media kit's cost in a dossier, in one run (not a test):

    python bench/media_kit.py --profiles 500

Exports the same synthetic profiles (bench/synthetic.py) as a bilingual PDF and DOCX with the
timelines and the statistics section (the default) and without them
(``DossierOptions(timelines=False, statistics=False)``; each profile's first page with its key
facts stays in both), each export in its own process, alternating, and prints each time, the
ratio (target ≤ 1.3×) and each process's peak resident memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_EXPORT = """
import json, resource, sys
from datetime import date
from pathlib import Path
from profileeditor.export.content import DossierOptions
from profileeditor.export.dispatch import export_profiles
profiles = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
media = sys.argv[4] == "with"
options = DossierOptions(mark_other_language=False, timelines=media, statistics=media)
export_profiles(profiles, sys.argv[2], Path(sys.argv[3]), lang="ar+en", level="internal",
                today=date(2026, 1, 1), options=options)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _timed(args: list[str]) -> tuple[float, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    start = time.perf_counter()
    done = subprocess.run(args, check=True, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--formats", default="pdf,docx")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import iter_profiles

    formats = args.formats.split(",")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "profiles.json"
        data.write_text(json.dumps(list(iter_profiles(args.profiles))), encoding="utf-8")
        runs: dict[tuple[str, str], list[tuple[float, int]]] = {}
        for _ in range(args.rounds):
            for fmt in formats:
                for variant in ("with", "without"):
                    out = tmp / f"{variant}.{fmt}"
                    cmd = [sys.executable, "-c", _EXPORT, str(data), fmt, str(out), variant]
                    runs.setdefault((fmt, variant), []).append(_timed(cmd))
                    runs[(fmt, variant)][-1] += (out.stat().st_size,)  # type: ignore[assignment]
        print(f"{args.profiles} profiles, bilingual, internal level, best of {args.rounds}:")
        for fmt in formats:
            best = {v: min(runs[(fmt, v)]) for v in ("with", "without")}
            (t_with, rss_with, size_with), (t_without, rss_without, size_without) = (
                best["with"],
                best["without"],
            )
            print(
                f"  {fmt:5} with timelines and statistics {t_with:6.1f} s, "
                f"{rss_with / 1024:5.0f} MiB peak, {size_with / 2**20:5.1f} MiB file\n"
                f"        without                       {t_without:6.1f} s, "
                f"{rss_without / 1024:5.0f} MiB peak, {size_without / 2**20:5.1f} MiB file\n"
                f"        ratio {t_with / t_without:.2f} (target ≤ 1.30)"
            )


if __name__ == "__main__":
    main()
