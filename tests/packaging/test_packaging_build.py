"""End to end: ``python packaging/build.py`` builds the frozen folder, the .deb and the tar.gz;
the frozen program, the .deb installed into a scratch root (``dpkg -x``) and the unpacked tar.gz
each pass ``--self-test`` without a display. About two minutes on two cores."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installers"),
]


def self_test(program) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PROFILEEDITOR_RESOURCES", None)  # the bundle must carry its own resources
    result = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr or result.stdout
    assert "frozen" in result.stdout
    return result.stdout


@pytest.fixture(scope="module")
def built(root):
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (the package extra)")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is needed for the .deb")
    result = subprocess.run(
        [sys.executable, str(root / "packaging" / "build.py")],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "dist", result.stdout


def test_build_makes_folder_deb_and_tarball(built, root, build_script):
    dist, output = built
    version = build_script.version()
    assert (dist / "profileeditor" / "profileeditor").is_file()
    internal = dist / "profileeditor" / "_internal"
    for part in ("fonts/OFL.txt", "fonts/NotoNaskhArabic-Regular.ttf", "vocabularies.json",
                 "profiles.schema.json", "samples/profiles.sample.json",
                 "translations/profileeditor_ar.qm", "translations/appshell_ar.qm",
                 "translations/appshell_en.qm", "guide/guide_en.md", "guide/guide_ar.md",
                 "icons/profileeditor.png"):  # fmt: skip
        assert (internal / "resources" / part).is_file(), part
    assert list(dist.glob(f"profileeditor_{version}_*.deb"))
    assert list(dist.glob(f"profileeditor-{version}-linux-*.tar.gz"))
    # build.py ran the smoke test itself and reported it.
    assert "self-test passed" in output


def test_unused_parts_are_left_out(built):
    internal = built[0] / "profileeditor" / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for unwanted in ("tkinter", "QtQml", "QtQuick", "QtWebEngine", "QtNetwork", "numpy",
                     "pytest", "hypothesis", "libqeglfs", "libqgtk3", "libQt6Pdf"):  # fmt: skip
        assert not [n for n in names if unwanted in n], unwanted
    for wanted in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "imageformats/libqjpeg.so"):  # fmt: skip
        assert [n for n in names if n.endswith(wanted)], wanted


def test_frozen_program_passes_its_self_test(built):
    output = self_test(built[0] / "profileeditor" / "profileeditor")
    assert re.search(r"welcome window: shown \d+\.\d\d s", output)


def test_deb_installed_into_a_scratch_root_passes_its_self_test(built, tmp_path):
    (deb,) = built[0].glob("profileeditor_*.deb")
    scratch = tmp_path / "root"
    try:
        subprocess.run(["dpkg", "-x", str(deb), str(scratch)], check=True)
        # /usr/bin/profileeditor points at /opt/… of the real system: follow it in the scratch root.
        link = scratch / "usr" / "bin" / "profileeditor"
        assert os.readlink(link) == "/opt/profileeditor/profileeditor"
        self_test(scratch / os.readlink(link).lstrip("/"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def test_portable_tarball_passes_its_self_test(built, tmp_path):
    (tarball,) = built[0].glob("profileeditor-*-linux-*.tar.gz")
    try:
        with tarfile.open(tarball) as tar:
            tar.extractall(tmp_path, filter="tar")
        (folder,) = tmp_path.iterdir()
        self_test(folder / "profileeditor")
    finally:
        for child in tmp_path.iterdir():
            shutil.rmtree(child, ignore_errors=True)
