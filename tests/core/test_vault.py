"""The vault: keyslots, locking, passphrase change, recovery key, damage, backups, erase."""

import hashlib
import json
import sqlite3
import time
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from profileeditor.core.keyfile import KdfParams, derive_passphrase_key
from profileeditor.core.vault import (
    BACKUPS_KEPT,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
    restore_backup,
)

FAST = KdfParams.insecure_for_tests()


def folder_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def test_create_open_and_recovery_key(vault_path):
    vault, recovery = Vault.create(vault_path, PASSPHRASE, FAST)
    vault.repository.create_profile({"name": {"en": "Someone"}})
    vault.lock()
    assert len(recovery.replace("-", "")) == 32
    with Vault.open(vault_path, PASSPHRASE) as again:
        assert again.repository.count() == 1
    with Vault.open_with_recovery_key(vault_path, recovery.lower().replace("-", " ")) as again:
        assert again.repository.count() == 1


def test_stdlib_sqlite_cannot_read_the_database(vault):
    vault.repository.create_profile({"name": {"en": "Someone"}})
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(vault.db_path).execute("SELECT * FROM sqlite_master").fetchall()
    assert not vault.db_path.read_bytes().startswith(b"SQLite format 3")


def test_wrong_passphrase_changes_nothing(vault):
    vault.repository.create_profile({"name": {"en": "Someone"}})
    vault.lock()
    before = folder_digest(vault.path)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.path, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(vault.path, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert folder_digest(vault.path) == before


def test_lock_wipes_the_key_and_closes(vault):
    key = vault._data_key
    vault.lock()
    assert key == bytearray(len(key))  # overwritten with zeros in place
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        vault.connect()
    with pytest.raises(RuntimeError):
        vault.repository.count()


def test_change_passphrase(vault):
    path = vault.path
    vault.repository.create_profile({"name": {"en": "Someone"}})
    vault.backup()
    vault.change_passphrase("new passphrase", FAST)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    with Vault.open(path, "new passphrase") as again:
        assert again.repository.count() == 1
    # the backup's key copy follows: the old passphrase opens nothing any more
    backup = next((path / "backups").iterdir())
    restored = restore_backup(backup, path.parent / "restored.pevault")
    with pytest.raises(WrongPassphrase):
        Vault.open(restored, PASSPHRASE)
    with Vault.open(restored, "new passphrase", auto_backup=False) as copy:
        assert copy.repository.count() == 1


def test_key_file_records_tuned_argon2id_parameters(tmp_path):
    vault, _ = Vault.create(tmp_path / "real.pevault", PASSPHRASE)  # the default: tuned, not FAST
    vault.lock()
    doc = json.loads((tmp_path / "real.pevault" / "vault.key").read_text())
    kdf = next(s for s in doc["slots"] if s["type"] == "passphrase")["kdf"]
    assert kdf["name"] == "argon2id"
    assert kdf["memory_kib"] >= 64 * 1024 and kdf["iterations"] >= 3 and kdf["parallelism"] == 4
    assert {s["type"] for s in doc["slots"]} == {"passphrase", "recovery"}
    # tuned to cost about half a second here (a loaded machine only makes it slower)
    params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["parallelism"])
    fastest = min(_timed(lambda: derive_passphrase_key("x", b"s" * 16, params)) for _ in range(2))
    assert fastest >= 0.35


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.parametrize("damage", ["garbage", "truncate", "flip"])
def test_damaged_key_file_is_reported_as_damaged(vault, damage):
    vault.lock()
    key = vault.key_path
    data = key.read_bytes()
    if damage == "garbage":
        key.write_bytes(b"\x00garbage")
    elif damage == "truncate":
        key.write_bytes(data[: len(data) // 2])
    else:  # one character of the wrapped key changed: checksum catches it
        doc = json.loads(data)
        slot = doc["slots"][0]
        slot["wrapped_key"] = ("A" if slot["wrapped_key"][0] != "A" else "B") + slot["wrapped_key"][
            1:
        ]
        key.write_text(json.dumps(doc))
    with pytest.raises(VaultDamaged):
        Vault.open(vault.path, PASSPHRASE)


def test_damaged_database_is_reported_and_never_replaced(vault):
    vault.repository.create_profile({"name": {"en": "Someone"}})
    vault.lock()
    db = vault.db_path
    data = bytearray(db.read_bytes())
    data[100:4000] = bytes(3900)  # ruin the first page
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(VaultDamaged):
        Vault.open(vault.path, PASSPHRASE)
    assert db.read_bytes() == before


def test_missing_database_is_never_recreated(vault):
    vault.lock()
    vault.db_path.unlink()
    with pytest.raises(VaultMissing):
        Vault.open(vault.path, PASSPHRASE)
    assert not vault.db_path.exists()


def test_missing_vault(tmp_path):
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nothing", PASSPHRASE)


def test_create_refuses_existing(vault):
    with pytest.raises(VaultExists):
        Vault.create(vault.path, PASSPHRASE, FAST)


def test_check_passes_on_a_healthy_vault(demo_vault):
    assert demo_vault.check() == []


def test_backups_rotate_and_open(demo_vault):
    for _ in range(BACKUPS_KEPT + 2):
        demo_vault.backup()
    backups = demo_vault.list_backups()
    assert len(backups) == BACKUPS_KEPT
    restored = restore_backup(backups[-1], demo_vault.path.parent / "restored.pevault")
    with Vault.open(restored, PASSPHRASE, auto_backup=False) as copy:
        assert copy.repository.count() == demo_vault.repository.count()
        assert copy.check() == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backups[-1] / "profiles.db").execute(
            "SELECT * FROM sqlite_master"
        ).fetchall()


def test_automatic_backup_when_newest_is_over_a_day_old(demo_vault):
    path = demo_vault.path
    demo_vault.lock()
    with Vault.open(path, PASSPHRASE) as vault:
        assert len(vault.list_backups()) == 1  # none yet: made on open
    with Vault.open(path, PASSPHRASE) as vault:
        assert len(vault.list_backups()) == 1  # fresh: none more
        old = vault.list_backups()[0]
        old.rename(old.with_name("20000101T000000000000Z"))
    with Vault.open(path, PASSPHRASE) as vault:
        assert len(vault.list_backups()) == 2


def test_backup_to_a_folder_is_a_vault(demo_vault, tmp_path):
    dest = demo_vault.backup(tmp_path / "usb" / "copy.pevault")
    with Vault.open(dest, PASSPHRASE, auto_backup=False) as copy:
        assert copy.repository.count() == 8


def test_quick_erase_makes_everything_unreadable(demo_vault):
    demo_vault.backup()
    path = demo_vault.path
    demo_vault.erase()
    assert not (path / "vault.key").exists()
    assert not any((b / "vault.key").exists() for b in (path / "backups").iterdir())
    with pytest.raises(VaultMissing):
        Vault.open(path, PASSPHRASE)


def test_opening_needs_no_write_lock(demo_vault):
    """Another program writing (here: a held write transaction) does not stop an open."""

    def open_seconds() -> float:
        start = time.perf_counter()
        with Vault.open(demo_vault.path, PASSPHRASE, auto_backup=False) as second:
            assert second.repository.count() == 8
        return time.perf_counter() - start

    free = min(open_seconds() for _ in range(2))
    conn = demo_vault.repository.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        held = open_seconds()
    finally:
        conn.execute("ROLLBACK")
    # No wait for the busy timeout (5 s, some hundred times an open): a ratio in one run.
    assert held < 10 * free, (free, held)
