"""Dossier export speed against an earlier commit, in one run (not a test):

    python bench/dossier_speed.py --profiles 500 --against 1c80626

Builds the same synthetic profiles (bench/synthetic.py), then exports the bilingual PDF and
DOCX with this tree and with ``--against`` (checked out into a temporary git worktree), each in
its own process, alternating, and prints each time and the ratio. LibreOffice converting this
tree's DOCX to PDF is timed beside them (what a reader's office suite costs for the same file).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_EXPORT = """
import json, sys
from datetime import date
from pathlib import Path
from profileeditor.export.dispatch import export_profiles
profiles = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
export_profiles(profiles, sys.argv[2], Path(sys.argv[3]), lang="ar+en", level="internal",
                today=date(2026, 1, 1))
"""


def _timed(args: list[str], env_src: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, env={"PYTHONPATH": str(env_src), "PATH": "/usr/bin:/bin"})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=500)
    parser.add_argument("--against", default="HEAD~1", help="the commit to compare with")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from bench.synthetic import iter_profiles

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "profiles.json"
        data.write_text(json.dumps(list(iter_profiles(args.profiles))), encoding="utf-8")
        old = tmp / "old"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), args.against],
            check=True,
            capture_output=True,
        )
        try:
            times: dict[tuple[str, str], list[float]] = {}
            for _ in range(args.rounds):
                for fmt in ("pdf", "docx"):
                    for name, src in (("this tree", ROOT / "src"), (args.against, old / "src")):
                        out = tmp / f"{name.replace(' ', '_')}.{fmt}"
                        cmd = [sys.executable, "-c", _EXPORT, str(data), fmt, str(out)]
                        times.setdefault((fmt, name), []).append(_timed(cmd, src))
            print(f"{args.profiles} profiles, bilingual, best of {args.rounds}:")
            for fmt in ("pdf", "docx"):
                new, base = min(times[(fmt, "this tree")]), min(times[(fmt, args.against)])
                print(
                    f"  {fmt:5} this tree {new:6.1f} s   {args.against} {base:6.1f} s"
                    f"   ratio {new / base:.2f}"
                )
            soffice = shutil.which("soffice")
            if soffice:
                profile = tmp / "lo"
                start = time.perf_counter()
                subprocess.run(
                    [
                        soffice,
                        f"-env:UserInstallation=file://{profile}",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(tmp / "lo-out"),
                        str(tmp / "this_tree.docx"),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=3600,
                )
                print(
                    f"  LibreOffice DOCX → PDF of this tree's file: {time.perf_counter() - start:.1f} s"
                )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)],
                check=False,
                capture_output=True,
            )


if __name__ == "__main__":
    main()
