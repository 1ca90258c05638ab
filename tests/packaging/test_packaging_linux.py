"""The .deb and tar.gz layout, built from a stand-in program folder (fast; no PyInstaller)."""

from __future__ import annotations

import shutil
import subprocess
import tarfile

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None, reason="dpkg-deb is a Debian/Ubuntu tool"
)


@pytest.fixture
def app_dir(tmp_path):
    folder = tmp_path / "profileeditor"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "profileeditor"
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o700)  # the builder's umask must not leak into the package
    (folder / "_internal" / "data.txt").write_text("x")
    (folder / "_internal" / "link.txt").symlink_to("data.txt")
    return folder


def test_deb_layout_and_control(app_dir, tmp_path, make_packages):
    deb = make_packages.build_deb(app_dir, tmp_path, "1.2.3")
    assert deb.name == f"profileeditor_1.2.3_{make_packages.deb_architecture()}.deb"
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True).stdout
    assert "Package: profileeditor" in info
    assert "Version: 1.2.3" in info
    for library in ("libc6 (>= 2.", "libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1"):
        assert library in info
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    assert "-rwxr-xr-x root/root" in next(
        line for line in listing.splitlines() if line.endswith("./opt/profileeditor/profileeditor")
    )
    assert "./usr/bin/profileeditor -> /opt/profileeditor/profileeditor" in listing
    assert "./opt/profileeditor/_internal/link.txt -> data.txt" in listing
    assert "./usr/share/applications/profileeditor.desktop" in listing
    assert "./usr/share/icons/hicolor/256x256/apps/profileeditor.png" in listing
    assert "./usr/share/doc/profileeditor/copyright" in listing
    assert not (tmp_path / "deb-root").exists()


def test_desktop_entry_is_valid_where_the_validator_exists(make_packages):
    entry = make_packages.HERE / "profileeditor.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Exec=profileeditor" in text and "Icon=profileeditor" in text
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_tarball_is_one_folder_with_the_menu_script(app_dir, tmp_path, make_packages):
    tarball = make_packages.build_tarball(app_dir, tmp_path, "1.2.3")
    with tarfile.open(tarball) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = tarball.name.removesuffix(".tar.gz")
    assert {name.split("/")[0] for name in members} == {top}
    assert members[f"{top}/profileeditor"].mode == 0o755
    assert members[f"{top}/install-desktop-entry.sh"].mode == 0o755
    assert members[f"{top}/_internal/link.txt"].issym()
    assert f"{top}/profileeditor.desktop" in members
    assert f"{top}/COPYRIGHT.txt" in members
    assert all(m.uid == 0 and m.uname == "root" for m in members.values())
