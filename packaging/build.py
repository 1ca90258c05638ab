"""Build the installable program: ``python packaging/build.py``.

1. Removes build/ and dist/ and runs PyInstaller on packaging/profileeditor.spec, giving the
   one-folder program dist/profileeditor/ (always from scratch: a half-reused build can silently
   keep a library the spec now leaves out, and a clean build takes about a minute).
2. Makes this platform's installers from it:
   - Linux: dist/profileeditor_<version>_<arch>.deb and dist/profileeditor-<version>-linux-<machine>.tar.gz
   - Windows: dist/ProfileEditor-<version>-setup.exe with Inno Setup's iscc, when it is installed
   - macOS: dist/ProfileEditor-<version>.dmg (packaging/macos/make_dmg.sh)
3. Runs the frozen program's smoke mode (``--self-test``, offscreen) and prints the size of the
   folder and of each installer, and the start-up time the self-test measured.

Exit status 0 when everything was built and the smoke test passed. Options: ``--no-installers``,
``--no-smoke-test``, ``--deb-compression xz``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP_DIR = DIST / "profileeditor"


def version() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from profileeditor import __version__

    return __version__


def frozen_program(app_dir: Path = APP_DIR) -> Path:
    """The program to run for the command line and the self-test: the console one on Windows,
    the one inside the .app bundle on macOS (what the user starts)."""
    if sys.platform == "win32":
        return app_dir / "profileeditor-cli.exe"
    if sys.platform == "darwin":
        return app_dir.parent / "Profile Editor.app" / "Contents" / "MacOS" / "profileeditor"
    return app_dir / "profileeditor"


def folder_size(path: Path) -> int:
    """Bytes in ``path``, counting symlinks as links (as ``du`` does)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def run_pyinstaller() -> None:
    for folder in (BUILD, DIST):
        shutil.rmtree(folder, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(BUILD / "pyinstaller"),
        "--distpath",
        str(DIST),
        str(HERE / "profileeditor.spec"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def smoke_test(program: Path) -> str:
    """Run ``program --self-test`` without a display; return its report, raise on failure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The frozen program must not find the source tree's resources through the environment.
    env.pop("PROFILEEDITOR_RESOURCES", None)
    result = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    if result.returncode != 0:
        raise SystemExit(
            f"smoke test of {program} failed ({result.returncode}): "
            f"{result.stderr.strip() or result.stdout.strip()}"
        )
    return result.stdout


def linux_installers(ver: str, deb_compression: str) -> list[Path]:
    sys.path.insert(0, str(HERE / "linux"))
    import make_packages

    return [
        make_packages.build_deb(APP_DIR, DIST, ver, compression=deb_compression),
        make_packages.build_tarball(APP_DIR, DIST, ver),
    ]


def windows_installer(ver: str) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None:
        print("Inno Setup (iscc) not found: no setup.exe (the folder is built)")
        return []
    subprocess.run(
        [iscc, f"/DAppVersion={ver}", f"/DSourceDir={APP_DIR}", f"/DOutputDir={DIST}",
         str(HERE / "windows" / "profileeditor.iss")],
        check=True,
    )  # fmt: skip
    return [DIST / f"ProfileEditor-{ver}-setup.exe"]


def macos_installer(ver: str) -> list[Path]:
    subprocess.run(["bash", str(HERE / "macos" / "make_dmg.sh"), ver], check=True, cwd=ROOT)
    return [DIST / f"ProfileEditor-{ver}.dmg"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-installers", action="store_true", help="only the folder")
    parser.add_argument("--no-smoke-test", action="store_true", help="do not run --self-test")
    parser.add_argument("--deb-compression", default="gzip", choices=("gzip", "xz", "zstd"))
    args = parser.parse_args(argv)

    ver = version()
    started = time.monotonic()
    run_pyinstaller()
    frozen_at = time.monotonic()
    print(f"built {APP_DIR} in {frozen_at - started:.0f} s: {folder_size(APP_DIR) / 2**20:.0f} MiB")

    made: list[Path] = []
    if not args.no_installers:
        if sys.platform.startswith("linux"):
            made = linux_installers(ver, args.deb_compression)
        elif sys.platform == "win32":
            made = windows_installer(ver)
        elif sys.platform == "darwin":
            made = macos_installer(ver)
    for path in made:
        print(f"made {path}: {path.stat().st_size / 2**20:.0f} MiB")

    if not args.no_smoke_test:
        print(smoke_test(frozen_program()), end="")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
