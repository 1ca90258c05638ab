"""Linux packages from the PyInstaller folder: a .deb (dpkg-deb) and a portable tar.gz.

The .deb installs the folder to /opt/profileeditor, a /usr/bin/profileeditor symlink, the desktop
entry and the icons under /usr/share, and declares the system libraries Qt's X11 platform plugin
loads (the build leaves a few of them, and the printing stack, to the system). The tar.gz is the
same folder for machines where the user cannot install packages: unpack, run ``./profileeditor``,
optionally ``./install-desktop-entry.sh`` for a menu entry in the user's own account.
"""

from __future__ import annotations

import os
import platform
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PACKAGE = "profileeditor"
INSTALL_DIR = Path("opt") / PACKAGE

# Runtime libraries of Qt's xcb platform plugin, fonts and D-Bus. Alternatives cover the t64
# renames of Ubuntu 24.04 / Debian 13. Many are bundled too; declaring them costs nothing on a
# desktop (they are installed already) and covers the ones the build host lacked.
DEPENDS = [
    # libc6 (>= the build machine's glibc) is added by build_deb: the bundle needs at least that.
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfribidi0",
    # Printing (the recovery key): the CUPS client library comes from the system, not the bundle.
    "libcups2t64 | libcups2",
]

DESKTOP_ENTRY_SCRIPT = """#!/bin/sh
# Adds Profile Editor to your own applications menu (no administrator rights needed), pointing at
# this unpacked folder. Run it again after moving the folder; remove with --remove.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "$1" = "--remove" ]; then
  rm -f "$apps/profileeditor.desktop" "$icons/profileeditor.png"
  echo "removed the menu entry"
  exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/profileeditor.png" "$icons/profileeditor.png"
sed -e "s|^Exec=.*|Exec=\\"$here/profileeditor\\" %f|" "$here/profileeditor.desktop" \\
  > "$apps/profileeditor.desktop"
echo "added Profile Editor to the applications menu ($apps/profileeditor.desktop)"
"""


def deb_architecture() -> str:
    try:
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def glibc_version() -> str:
    """The build machine's glibc: the frozen program's binaries need that version or newer."""
    name, ver = platform.libc_ver()
    return ver if name == "glibc" and ver else "2.31"


def _normalise_permissions(root: Path) -> None:
    """Directories 0755, files 0644, executables 0755: independent of the builder's umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir() or mode & stat.S_IXUSR:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _copy_program(app_dir: Path, dest: Path) -> None:
    # symlinks=True: PyInstaller links top-level library names to the Qt folder; copying them as
    # files would double the size of Qt.
    shutil.copytree(app_dir, dest, symlinks=True)


def _installed_size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def build_deb(app_dir: Path, out_dir: Path, version: str, compression: str = "gzip") -> Path:
    """``<out_dir>/profileeditor_<version>_<arch>.deb`` from the PyInstaller folder.

    ``compression`` is dpkg-deb's: gzip (the default: 10 s, 75 MB) or xz (2½ minutes on two cores
    for a quarter less; worth it only when the file has to cross a slow link).
    """
    arch = deb_architecture()
    staging = out_dir / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    _copy_program(app_dir, staging / INSTALL_DIR)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "profileeditor.desktop", share / "applications" / "profileeditor.desktop")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"{PACKAGE}-{size}.png", folder / f"{PACKAGE}.png")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy2(HERE / "copyright", doc / "copyright")
    _normalise_permissions(staging)

    control = (
        (HERE / "control.in")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", version)
        .replace("@ARCH@", arch)
        .replace("@INSTALLED_SIZE@", str(_installed_size_kib(staging)))
        .replace("@DEPENDS@", ", ".join([f"libc6 (>= {glibc_version()})", *DEPENDS]))
    )
    debian = staging / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "control").chmod(0o644)

    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    # --root-owner-group: the files belong to root in the package whoever built it.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staging)
    return deb


def build_tarball(app_dir: Path, out_dir: Path, version: str) -> Path:
    """``<out_dir>/profileeditor-<version>-linux-<machine>.tar.gz``: the portable folder."""
    top = f"{PACKAGE}-{version}-linux-{platform.machine()}"
    staging = out_dir / "tar-root"
    shutil.rmtree(staging, ignore_errors=True)
    folder = staging / top
    _copy_program(app_dir, folder)
    shutil.copy2(HERE / "profileeditor.desktop", folder / "profileeditor.desktop")
    shutil.copy2(ICONS / f"{PACKAGE}.png", folder / f"{PACKAGE}.png")
    shutil.copy2(HERE / "copyright", folder / "COPYRIGHT.txt")
    script = folder / "install-desktop-entry.sh"
    script.write_text(DESKTOP_ENTRY_SCRIPT, encoding="utf-8")
    script.chmod(0o755)
    _normalise_permissions(staging)

    tarball = out_dir / f"{top}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=top, filter=owned_by_root)
    shutil.rmtree(staging)
    return tarball


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from profileeditor import __version__

    dist = ROOT / "dist"
    for made in (
        build_deb(dist / PACKAGE, dist, __version__),
        build_tarball(dist / PACKAGE, dist, __version__),
    ):
        print(made, f"{os.path.getsize(made) / 1e6:.1f} MB")
