"""Issue 9 item 3, the way the audit found it: on a real ext4 file system (a loop-mounted image),
after a vault's passphrase was changed, its recovery key replaced and its data key rotated, and
then the vault erased, the raw image holds none of the wrapped keys any of its key files ever
held (before, every ``passwd`` renamed a new key file over the old one and the old slots stayed in
freed blocks, readable from the raw device and unwrappable with the recovery key).

Needs root (mount); skipped elsewhere. On flash storage the drive's own remapping can keep old
blocks whatever the file system does: erase there is best effort (README)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault

FAST = KdfParams.insecure_for_tests()


@pytest.fixture
def ext4(tmp_path):
    if os.geteuid() != 0 or not shutil.which("mkfs.ext4"):
        pytest.skip("needs root and mkfs.ext4 to mount an ext4 image")
    image, mount = tmp_path / "disk.img", tmp_path / "mnt"
    mount.mkdir()
    with image.open("wb") as fh:
        fh.truncate(64 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True)
    if subprocess.run(["mount", "-o", "loop", str(image), str(mount)]).returncode != 0:
        pytest.skip("loop mounts are not allowed here")
    try:
        yield image, mount
    finally:
        # The test unmounts it itself to read the raw image; a failed test may not have.
        if os.path.ismount(mount) and subprocess.run(["umount", str(mount)]).returncode:
            subprocess.run(["umount", "-l", str(mount)], check=False)


def _wrapped(folder) -> set[bytes]:
    found = set()
    for key_file in [folder / "vault.key", *folder.glob("backups/*/vault.key")]:
        for slot in json.loads(key_file.read_text())["slots"]:
            found.add(slot["wrapped_key"].encode())
    return found


def test_erase_leaves_no_key_slot_ever_written_on_the_raw_disk(ext4):
    image, mount = ext4
    path = mount / "v.pevault"
    vault = Vault.create(path, "first long passphrase here", FAST)[0]
    vault.repository.create_profile({"name": {"en": "Someone"}})
    vault.backup()
    written = _wrapped(path)
    vault.change_passphrase("second long passphrase here", FAST)
    written |= _wrapped(path)
    vault.new_recovery_key()
    written |= _wrapped(path)
    vault.change_passphrase("third long passphrase here", FAST)
    written |= _wrapped(path)
    vault.rotate_data_key("fourth long passphrase here", FAST)
    written |= _wrapped(path)
    assert len(written) >= 7  # two slots, two keys, three passphrases, two recovery keys
    vault.erase()
    os.sync()
    assert subprocess.run(["umount", str(mount)]).returncode == 0
    raw = image.read_bytes()
    assert [w for w in written if w in raw] == []
