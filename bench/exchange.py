"""Sealing and opening an exchange bundle of N synthetic profiles: time and peak memory.

    PYTHONPATH=src python3 bench/exchange.py --profiles 1000

Each phase runs in its own process, so that its peak resident memory (``ru_maxrss``) is its own;
the Python-level peak (tracemalloc) is printed beside it. It runs against the signed exchange of
issue 11 (core/exchange) and, when given a tree that still has it, against the unsigned one
before it (export/bundle.py) — the "before" figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

PASSPHRASE = "bench passphrase"


def _new_api() -> bool:
    try:
        import profileeditor.core.exchange.bundle  # noqa: F401
    except ImportError:
        return False
    return True


def setup(folder: Path, count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.synthetic import make_profiles
    from profileeditor.core.keyfile import KdfParams
    from profileeditor.core.vault import Vault

    a = Vault.create(folder / "a.pevault", PASSPHRASE, KdfParams.insecure_for_tests())[0]
    b = Vault.create(folder / "b.pevault", PASSPHRASE, KdfParams.insecure_for_tests())[0]
    a.repository.import_profiles(make_profiles(count, seed=11), bulk=True)
    if _new_api():
        from profileeditor.core.exchange import contacts
        from profileeditor.core.exchange.keys import own_keys

        contacts.add(a.repository, "b", own_keys(b.repository).public, verified=True)
        contacts.add(b.repository, "a", own_keys(a.repository).public, verified=True)
    a.lock()
    b.lock()


def seal(folder: Path) -> dict:
    from profileeditor.core.vault import Vault

    with Vault.open(folder / "a.pevault", PASSPHRASE, auto_backup=False) as a:
        start = time.perf_counter()
        tracemalloc.start()
        if _new_api():
            from profileeditor.core.exchange.bundle import write_bundle

            count = write_bundle(a, None, folder / "bundle.age", contacts=["b"])
        else:
            from profileeditor.export.bundle import public_key, write_bundle

            with Vault.open(folder / "b.pevault", PASSPHRASE, auto_backup=False) as b:
                key = public_key(b.repository)
            count = write_bundle(a, a.repository.ids(), folder / "bundle.age", recipients=[key])
        peak = tracemalloc.get_traced_memory()[1]
        elapsed = time.perf_counter() - start
    return {"profiles": count, "seconds": elapsed, "python_peak_mb": peak / 2**20}


def open_(folder: Path) -> dict:
    from profileeditor.core.vault import Vault

    with Vault.open(folder / "b.pevault", PASSPHRASE, auto_backup=False) as b:
        start = time.perf_counter()
        tracemalloc.start()
        if _new_api():
            from profileeditor.core.exchange.bundle import import_bundle
        else:
            from profileeditor.export.bundle import import_bundle
        report = import_bundle(b, folder / "bundle.age")
        peak = tracemalloc.get_traced_memory()[1]
        elapsed = time.perf_counter() - start
    return {"added": len(report.added), "seconds": elapsed, "python_peak_mb": peak / 2**20}


def _child(phase: str, folder: Path, count: int) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--phase",
            phase,
            "--folder",
            str(folder),
            "--profiles",
            str(count),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=os.environ,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--phase", choices=("setup", "seal", "open"))
    parser.add_argument("--folder")
    args = parser.parse_args()
    if args.phase:
        folder = Path(args.folder)
        result = {
            "setup": lambda: setup(folder, args.profiles) or {},
            "seal": lambda: seal(folder),
            "open": lambda: open_(folder),
        }[args.phase]()
        result["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _child("setup", folder, args.profiles)
        sealed = _child("seal", folder, args.profiles)
        size = (folder / "bundle.age").stat().st_size
        opened = _child("open", folder, args.profiles)
    api = "signed (issue 11)" if _new_api() else "unsigned (before issue 11)"
    print(f"exchange bundle, {args.profiles} profiles, {api}: {size / 2**20:.1f} MB sealed")
    print(
        f"  seal: {sealed['seconds']:.2f} s, peak RSS {sealed['rss_peak_mb']:.0f} MB "
        f"(Python peak {sealed['python_peak_mb']:.0f} MB)"
    )
    print(
        f"  open + merge: {opened['seconds']:.2f} s, peak RSS {opened['rss_peak_mb']:.0f} MB "
        f"(Python peak {opened['python_peak_mb']:.0f} MB), {opened['added']} added"
    )


if __name__ == "__main__":
    os.environ.setdefault("PROFILEEDITOR_INSECURE_FAST_KDF_FOR_TESTS", "1")
    main()
