"""Issue 9 item 11: an export killed half-way leaves nothing readable in its folder.

The export is a real ``profileeditor export`` process killed with SIGKILL while it writes (its
open file in the output folder is watched through /proc until it holds profile text). Where the
folder's file system gives anonymous files (Linux: ext4, xfs, btrfs, tmpfs) nothing with a name
exists until the export is complete; elsewhere (a FAT USB stick, macOS, Windows) the named partial
left by a dead export is swept by the next export into that folder, and a live one is not.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench.synthetic import make_profiles

from profileeditor.core import partial_files
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault
from profileeditor.export import dispatch

MARK = "SECRETMARK"
PROFILES = 3000

# The CLI with anonymous files switched off, as on a file system without them.
NAMED_ONLY = (
    "import sys\n"
    "from profileeditor.core import partial_files\n"
    "partial_files.anonymous_supported = lambda folder: False\n"
    "from profileeditor.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _profiles(n: int) -> list[dict]:
    profiles = make_profiles(n, seed=11)
    for i, p in enumerate(profiles):
        p["bio"] = {"en": f"{MARK} {i} " + "detail " * 40}
    return profiles


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("partial") / "big.pevault"
    vault = Vault.create(path, "cli test passphrase", KdfParams.insecure_for_tests())[0]
    vault.repository.import_profiles(_profiles(PROFILES), bulk=True)
    vault.lock()
    return path


def _readable(folder: Path) -> list[str]:
    """Files in ``folder`` (hidden ones too) that hold profile text."""
    found = []
    for entry in folder.rglob("*"):
        if entry.is_file() and MARK.encode() in entry.read_bytes():
            found.append(entry.name)
    return found


def _open_file_in(pid: int, folder: Path) -> Path | None:
    """The /proc handle of a file the process has open in ``folder`` and has written to."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return None
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder) + os.sep):
            try:
                if fd.stat().st_size > 0:
                    return fd
            except OSError:
                continue
    return None


def _kill_while_writing(args: list[str], env: dict, folder: Path, rng) -> bool:
    """Start the export, SIGKILL it once its file in ``folder`` holds profile text (after a
    random part of a second more); True when the kill landed before the export finished."""
    proc = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    deadline = time.monotonic() + 120
    handle = None
    while time.monotonic() < deadline and proc.poll() is None:
        handle = _open_file_in(proc.pid, folder)
        if handle is not None:
            break
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 0.3))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return handle is not None and "wrote" not in out


def _export_args(vault: Path, out: Path, fmt: str = "json", script: str | None = None):
    head = [sys.executable, "-c", script] if script else [sys.executable, "-m", "profileeditor.cli"]
    return [*head, "export", str(vault), "--format", fmt, "--level", "internal", "--out", str(out)]


@pytest.mark.slow
def test_kill_9_during_a_json_export_leaves_nothing_readable(tmp_path, cli_env, big_vault):
    rng = random.Random(20261202)
    folder = tmp_path / "out"
    folder.mkdir()
    landed = 0
    for _ in range(3):
        landed += _kill_while_writing(
            _export_args(big_vault, folder / "all.json"), cli_env, folder, rng
        )
        assert _readable(folder) == []  # not even before the next start
        assert list(folder.iterdir()) == []
    assert landed >= 2  # the kills really landed mid-export


@pytest.mark.slow
def test_a_named_partial_of_a_dead_export_is_swept_by_the_next_export(tmp_path, cli_env, big_vault):
    rng = random.Random(7)
    folder = tmp_path / "stick"
    folder.mkdir()
    assert _kill_while_writing(
        _export_args(big_vault, folder / "all.json", script=NAMED_ONLY), cli_env, folder, rng
    )
    assert _readable(folder)  # without anonymous files the dead export's partial is there
    # the next export into the folder (a CSV, also without anonymous files) sweeps it
    done = subprocess.run(
        _export_args(big_vault, folder / "all.csv", "csv", NAMED_ONLY), env=cli_env
    )
    assert done.returncode == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["all.csv"]
    assert _readable(folder) == []  # the table has no biographies: the partial held them


def test_a_live_named_partial_is_not_swept(tmp_path, monkeypatch):
    monkeypatch.setattr(partial_files, "anonymous_supported", lambda folder: False)
    with dispatch.atomic_path(tmp_path / "a.json") as tmp:
        tmp.write_text(MARK)
        partial_files.sweep(tmp_path)  # another export starting in the same folder
        assert tmp.exists()
    assert (tmp_path / "a.json").read_text() == MARK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_an_old_partial_is_swept_but_not_a_stranger(tmp_path):
    (tmp_path / ".partial-k2j3h4g5.json").write_text(MARK)  # left by an older version
    (tmp_path / ".partial-notours").write_text("someone else's")
    (tmp_path / "report.json").write_text("kept")
    partial_files.sweep(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".partial-notours", "report.json"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv"])
def test_no_named_file_exists_while_a_dossier_or_table_is_written(tmp_path, fmt):
    """What atomic_path hands the writers (PDF, DOCX, XLSX, CSV, cards, charts) has no name in
    the folder until it is complete, so a crash at any moment leaves nothing."""
    if not partial_files.anonymous_supported(tmp_path):
        pytest.skip("this file system has no anonymous files")
    profiles = _profiles(3)
    seen: list[list[str]] = []
    out = tmp_path / f"dossier.{fmt}"

    def progress(done, total):
        seen.append(sorted(p.name for p in tmp_path.iterdir()))

    dispatch.export_profiles(profiles, fmt, out, level="internal", progress=progress)
    assert seen and all(names == [] for names in seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_replacing_an_existing_file_keeps_it_whole_until_the_new_one_is(tmp_path):
    out = tmp_path / "all.json"
    out.write_text("old")
    with dispatch.atomic_path(out) as tmp:
        tmp.write_text("new " * 1000)
        assert out.read_text() == "old"
    assert out.read_text() == "new " * 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.json"]


def test_a_failed_export_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError), dispatch.atomic_path(tmp_path / "x.json") as tmp:
        tmp.write_text(MARK)
        raise RuntimeError("writer failed")
    assert list(tmp_path.iterdir()) == []
