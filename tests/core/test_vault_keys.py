"""Issue 9 items 1–7 at the core: key operations that a lock cannot spoil, data-key rotation and a
new recovery key, key files overwritten in place, backups reported, a vault that fails closed, a
lost write-ahead log found, a full disk told apart, KDF parameters bounded."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3
from tests.conftest import PASSPHRASE

from profileeditor.core import keyfile
from profileeditor.core.errors import StorageError
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.repository import Repository
from profileeditor.core.vault import (
    BACKUPS_KEPT,
    DiskFull,
    KeyOperationFailed,
    Vault,
    VaultDamaged,
    VaultLocked,
    WrongPassphrase,
    connect_keyed,
    restore_backup,
    storage_error,
)

FAST = KdfParams.insecure_for_tests()
NEW = "a different long passphrase"
# Slow enough (a few hundred ms) that a lock lands in the middle of the derivation.
SLOW = KdfParams(64 * 1024, 4, 1)


def _person(vault, name="Someone"):
    return vault.repository.create_profile({"name": {"en": name}})


# -- 1. a lock during a key operation ------------------------------------------------------------
def test_lock_during_change_passphrase_waits_and_the_new_slot_opens(vault):
    _person(vault)
    vault.backup()
    path = vault.path
    errors: list[BaseException] = []

    def change():
        try:
            vault.change_passphrase(NEW, SLOW)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=change)
    worker.start()
    time.sleep(0.05)  # inside the key derivation
    vault.lock()  # Ctrl+L, the toolbar or the screen lock
    worker.join()
    assert not errors, errors
    with Vault.open(path, NEW, auto_backup=False) as again:
        assert again.repository.count() == 1
    backup = next((path / "backups").iterdir())
    with Vault.open(restore_backup(backup, path.parent / "r.pevault"), NEW, auto_backup=False) as b:
        assert b.repository.count() == 1


def test_key_operations_after_lock_refuse(vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.change_passphrase(NEW, FAST)
    with pytest.raises(VaultLocked):
        vault.new_recovery_key()
    with pytest.raises(VaultLocked):
        vault.rotate_data_key(NEW, FAST)


def test_a_slot_that_does_not_open_the_database_is_never_written(vault):
    before = vault.key_path.read_bytes()
    vault._data_key[:] = bytes(32)  # what the old race wrapped: 32 zero bytes
    with pytest.raises(KeyOperationFailed):
        vault.change_passphrase(NEW, FAST)
    assert vault.key_path.read_bytes() == before


# -- 2. rotation and a new recovery key ------------------------------------------------------------
def test_rotation_makes_an_old_key_file_and_passphrase_useless(vault, tmp_path):
    _person(vault, "Before")
    vault.backup()
    old_doc = keyfile.read_key_file(vault.key_path)
    old_recovery_doc = old_doc  # the old recovery slot lives in it too
    recovery, problems = vault.rotate_data_key(NEW, FAST)
    assert problems == []
    _person(vault, "After")
    path = vault.path
    vault.lock()
    # The seized copy of vault.key + the coerced old passphrase give the old key ...
    old_key = keyfile.unlock_with_passphrase(old_doc, PASSPHRASE)
    # ... which reads nothing of the database now, nor of its backups.
    with pytest.raises(VaultDamaged):
        connect_keyed(path / "profiles.db", old_key)
    for backup in (path / "backups").iterdir():
        with pytest.raises(VaultDamaged):
            connect_keyed(backup / "profiles.db", old_key)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    assert old_recovery_doc["slots"][1]["type"] == "recovery"
    with Vault.open(path, NEW, auto_backup=False) as again:
        assert again.repository.count() == 2
        assert again.check() == []
    with Vault.open_with_recovery_key(path, recovery) as again:
        assert again.repository.count() == 2
    doc = json.loads((path / "vault.key").read_text())
    assert len(doc["slots"]) == 2
    backup = next((path / "backups").iterdir())
    with Vault.open(restore_backup(backup, tmp_path / "r.pevault"), NEW, auto_backup=False) as b:
        assert b.repository.count() == 1


def test_rotation_interrupted_after_the_rekey_opens_with_the_new_key(vault, monkeypatch):
    _person(vault)
    path = vault.path
    real_write = keyfile.write_key_file
    calls = []

    def crash_on_second_write(target, doc):
        calls.append(target)
        if len(calls) == 2:  # the final key file: the process dies here
            raise KeyboardInterrupt
        real_write(target, doc)

    monkeypatch.setattr(keyfile, "write_key_file", crash_on_second_write)
    with pytest.raises(KeyboardInterrupt):
        vault.rotate_data_key(NEW, FAST)
    monkeypatch.setattr(keyfile, "write_key_file", real_write)
    vault._conn.close()
    assert len(json.loads((path / "vault.key").read_text())["slots"]) == 4
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not it at all, no")
    with Vault.open(path, NEW, auto_backup=False) as again:
        assert again.repository.count() == 1
    assert len(json.loads((path / "vault.key").read_text())["slots"]) == 2  # finished


def test_rotation_interrupted_before_the_rekey_opens_with_the_old_key(vault, monkeypatch):
    _person(vault)
    path = vault.path

    def crash(self, *args):
        raise KeyboardInterrupt

    real_write = keyfile.write_key_file
    calls = []

    def crash_after_first_write(target, doc):
        real_write(target, doc)
        calls.append(target)
        raise KeyboardInterrupt  # the transitional key file is written; the rekey never ran

    monkeypatch.setattr(keyfile, "write_key_file", crash_after_first_write)
    with pytest.raises(KeyboardInterrupt):
        vault.rotate_data_key(NEW, FAST)
    monkeypatch.setattr(keyfile, "write_key_file", real_write)
    vault._conn.close()
    with Vault.open(path, PASSPHRASE, auto_backup=False) as again:
        assert again.repository.count() == 1
    assert len(json.loads((path / "vault.key").read_text())["slots"]) == 2


def test_new_recovery_key_retires_the_old_one(vault, tmp_path):
    _person(vault)
    vault.backup()
    old = _recovery_of(vault)
    new, problems = vault.new_recovery_key()
    assert problems == [] and new != old
    path = vault.path
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(path, old)
    with Vault.open_with_recovery_key(path, new) as again:
        assert again.repository.count() == 1
    backup = next((path / "backups").iterdir())
    restored = restore_backup(backup, tmp_path / "r.pevault")
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(restored, old)
    with Vault.open(restored, PASSPHRASE, auto_backup=False):
        pass


def _recovery_of(vault) -> str:
    return vault._test_recovery_key


@pytest.fixture
def vault(vault_path):
    opened, recovery = Vault.create(vault_path, PASSPHRASE, FAST)
    opened._test_recovery_key = recovery
    yield opened
    if not opened.is_locked:
        opened.lock()


# -- 3. key files overwritten in place -------------------------------------------------------------
def test_passphrase_change_overwrites_the_key_file_in_place(vault):
    before = vault.key_path.stat().st_ino
    old_slot = json.loads(vault.key_path.read_text())["slots"][0]["wrapped_key"]
    vault.change_passphrase(NEW, FAST)
    assert vault.key_path.stat().st_ino == before  # same file: its blocks were rewritten
    assert old_slot not in vault.key_path.read_text()
    assert not (vault.path / "vault.key.tmp").exists()


def test_a_torn_key_file_write_falls_back_on_its_spare_copy(vault):
    _person(vault)
    path = vault.path
    vault.lock()
    good = path.joinpath("vault.key").read_bytes()
    (path / "vault.key.tmp").write_bytes(good)
    (path / "vault.key").write_bytes(good[: len(good) // 3])  # the crash tore it
    with Vault.open(path, PASSPHRASE, auto_backup=False) as again:
        assert again.repository.count() == 1
    assert json.loads((path / "vault.key").read_text())["vault_id"]


def test_erase_removes_a_spare_key_copy_too(vault):
    path = vault.path
    shutil.copy(path / "vault.key", path / "vault.key.tmp")
    vault.erase()
    assert not (path / "vault.key.tmp").exists() and not (path / "vault.key").exists()


# -- 4. backups that could not be updated are reported ---------------------------------------------
def test_change_passphrase_reports_each_backup_it_could_not_update(vault):
    _person(vault)
    first = vault.backup()
    second = vault.backup()
    (second / "vault.key").write_text("{not json")
    problems = vault.change_passphrase(NEW, FAST)
    assert len(problems) == 1 and str(second) in problems[0]
    assert first.name not in problems[0]


# -- 5. fail closed ---------------------------------------------------------------------------
def test_an_empty_database_is_damaged_not_a_new_vault(vault):
    path = vault.path
    vault.lock()
    (path / "profiles.db").write_bytes(b"")
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE)
    assert (path / "profiles.db").read_bytes() == b""


def test_a_lost_schema_marker_is_damaged(vault):
    _person(vault)
    path = vault.path
    conn = connect_keyed(path / "profiles.db", bytearray(vault._data_key))
    vault.lock()
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE)


def test_rotation_never_drops_a_backup_fuller_than_the_new_one(demo_vault):
    for _ in range(BACKUPS_KEPT):
        demo_vault.backup()
    oldest = demo_vault.list_backups()[0]
    for summary in demo_vault.repository.search(limit=5):
        demo_vault.repository.purge_profile(summary.id)
    demo_vault.backup()
    backups = demo_vault.list_backups()
    assert oldest in backups  # 8 profiles: not pushed out by a backup of 3
    assert demo_vault.backups_kept_fuller == [oldest]
    demo_vault.backup()  # a backup as full as the newest may go as usual
    assert len(demo_vault.list_backups()) == len(backups) + 1


# -- 6. damage after unlock, a lost log, a full disk ---------------------------------------------
def test_a_damaged_page_read_after_unlock_is_damage(demo_vault):
    for i in range(300):
        _person(demo_vault, f"Person {i} " + "x" * 500)
    path = demo_vault.path
    key = bytearray(demo_vault._data_key)
    demo_vault.lock()
    db = path / "profiles.db"
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages):  # the profiles, written last; not the schema
        data[page * 4096 + 200] ^= 0xFF
    db.write_bytes(bytes(data))
    conn = connect_keyed(db, key)  # page 1 is intact: this unlocks
    with pytest.raises(sqlcipher3.DatabaseError) as caught:
        conn.execute("SELECT * FROM profiles").fetchall()
    assert isinstance(storage_error(caught.value, db), VaultDamaged)


def test_a_lost_write_ahead_log_is_reported_by_check(vault, tmp_path):
    _person(vault, "Committed")  # in the log: the database file does not have it yet
    copy = tmp_path / "copied.pevault"
    copy.mkdir()
    shutil.copy(vault.path / "vault.key", copy / "vault.key")
    shutil.copy(vault.path / "profiles.db", copy / "profiles.db")  # without profiles.db-wal
    with Vault.open(copy, PASSPHRASE, auto_backup=False) as opened:
        assert any("write-ahead log" in w for w in opened.warnings)
        assert opened.repository.count() == 0
        assert any("write-ahead log" in p for p in opened.check())
    vault.lock()
    with Vault.open(vault.path, PASSPHRASE, auto_backup=False) as clean:
        assert clean.warnings == [] and clean.check() == []


def _file_alone(vault_path: Path, copy: Path) -> Path:
    """A copy of the vault with its database file but not the write-ahead log beside it."""
    copy.mkdir()
    shutil.copy(vault_path / "vault.key", copy / "vault.key")
    shutil.copy(vault_path / "profiles.db", copy / "profiles.db")
    return copy


def test_a_session_that_only_reads_leaves_the_marker_closed(vault, tmp_path):
    _person(vault, "Committed")
    vault.lock()
    reader = Vault.open(vault.path, PASSPHRASE, auto_backup=False)
    assert reader.repository.count() == 1 and reader.repository.search(limit=5)
    log = vault.path / "profiles.db-wal"
    assert not log.exists() or log.stat().st_size == 0  # opening and reading wrote nothing
    # Its database file alone still says "closed": a copy without the log opens quietly.
    with Vault.open(_file_alone(vault.path, tmp_path / "read"), PASSPHRASE, False) as copy:
        assert copy.warnings == [] and copy.check() == []
    reader.lock()
    # A later session that writes, and loses its log, is still caught.
    writer = Vault.open(vault.path, PASSPHRASE, auto_backup=False)
    _person(writer, "Later")
    with Vault.open(_file_alone(vault.path, tmp_path / "wrote"), PASSPHRASE, False) as copy:
        assert any("write-ahead log" in w for w in copy.warnings)
        assert copy.repository.count() == 1  # "Later" was only in the log
    writer.lock()
    with Vault.open(vault.path, PASSPHRASE, auto_backup=False) as clean:
        assert clean.warnings == [] and clean.repository.count() == 2


def test_a_first_write_on_a_worker_connection_marks_the_session_open(vault, tmp_path):
    vault.lock()
    opened = Vault.open(vault.path, PASSPHRASE, auto_backup=False)

    def work() -> None:  # as gui/workers.py does: its own connection and repository
        conn = opened.connect()
        try:
            Repository(conn, opened.repository.changes).create_profile({"name": {"en": "W"}})
        finally:
            conn.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    with Vault.open(_file_alone(vault.path, tmp_path / "copy"), PASSPHRASE, False) as copy:
        assert any("write-ahead log" in w for w in copy.warnings)
    opened.lock()
    with Vault.open(vault.path, PASSPHRASE, auto_backup=False) as clean:
        assert clean.warnings == [] and clean.repository.count() == 1


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_is_disk_full_and_a_failed_auto_backup_still_opens(small_disk):
    path = small_disk / "v.pevault"
    vault, _ = Vault.create(path, PASSPHRASE, FAST)
    for i in range(20):
        _person(vault, f"Person {i} " + "z" * 2000)
    vault.lock()
    filler = _fill(small_disk)
    with pytest.raises(DiskFull):  # not "damaged": SQLite cannot even make its index
        Vault.open(path, PASSPHRASE)
    with filler.open("r+b") as fh:  # room to open, none for a backup
        fh.truncate(filler.stat().st_size - 160 * 1024)
    with Vault.open(path, PASSPHRASE) as opened:  # the automatic backup is due, and fails
        assert opened.repository.count() == 20
        assert any("automatic backup failed" in w and "full" in w for w in opened.warnings)
        assert opened.list_backups() == []
        with pytest.raises(DiskFull):
            opened.backup()
        with pytest.raises((sqlcipher3.Error, StorageError)) as caught:
            for i in range(2000):
                _person(opened, "y" * 4000 + str(i))
        assert isinstance(storage_error(caught.value, opened.db_path), DiskFull)


# -- 7. KDF parameters and malformed key files -------------------------------------------------
def _edit_key(path: Path, change) -> None:
    doc = json.loads(path.read_text())
    change(doc)
    doc["checksum"] = keyfile._checksum(doc)
    path.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("iterations", 10**9),
        ("iterations", 0),
        ("iterations", "3"),
        ("iterations", True),
        ("memory_kib", 2**40),
        ("memory_kib", 7),
        ("parallelism", 0),
        ("parallelism", 1000),
    ],
)
def test_kdf_parameters_out_of_range_are_damage(vault, name, value, monkeypatch):
    path = vault.path
    vault.lock()
    derived: list[dict] = []  # the parameters of every Argon2 derivation asked for
    real = keyfile.hash_secret_raw

    def spy(secret, salt, **params):
        derived.append(params)
        if params["time_cost"] <= 4 and params["memory_cost"] <= 64 * 1024:
            return real(secret, salt, **params)  # the test vault's cheap parameters
        return b"\0" * 32  # a broken bound would not hang the test on 10**9 passes

    monkeypatch.setattr(keyfile, "hash_secret_raw", spy)
    stored = json.loads((path / "vault.key").read_text())["slots"][0]["kdf"]
    # Positive controls: the spy sees the derivation of an unlock with the stored parameters,
    # and of one with an edited parameter still in range (wrong, so the unlock fails).
    Vault.open(path, PASSPHRASE).lock()
    assert [(d["time_cost"], d["memory_cost"]) for d in derived] == [
        (stored["iterations"], stored["memory_kib"])
    ]
    derived.clear()
    _edit_key(path / "vault.key", lambda doc: doc["slots"][0]["kdf"].update(iterations=2))
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    assert [d["time_cost"] for d in derived] == [2]
    derived.clear()

    def change(doc):
        doc["slots"][0]["kdf"][name] = value

    _edit_key(path / "vault.key", change)
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE)
    assert not derived  # refused from the parameters, never derived with them


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"format": "profileeditor.vault-key", "version": 1, "vault_id": "x", "slots": [1]}',
        '{"format": "profileeditor.vault-key", "version": 1, "vault_id": "x", "slots": {"a": 1}}',
        '{"format": "profileeditor.vault-key", "version": 1, "vault_id": 5, "slots": []}',
        '{"format": "profileeditor.vault-key", "version": 1, "vault_id": "x", "slots": '
        '[{"type": "passphrase", "kdf": {"x": ' + "[" * 5000 + "]" * 5000 + "}}]}",
        " " * (keyfile.MAX_KEY_FILE_BYTES + 10),
    ],
    ids=["deep", "slot-not-object", "slots-not-list", "id-not-text", "deep-kdf", "huge"],
)
def test_malformed_key_files_are_damage(vault, text):
    path = vault.path
    vault.lock()
    try:  # a well-formed checksum, so that the shape itself is what is judged
        doc = json.loads(text)
        doc["checksum"] = keyfile._checksum(doc)
        text = json.dumps(doc)
    except (ValueError, RecursionError, TypeError):
        pass
    (path / "vault.key").write_text(text)
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE)


def test_check_warns_about_a_kdf_below_the_floor(vault):
    assert any("below the floor" in w for w in vault.check_warnings())
    vault.change_passphrase(NEW, KdfParams(keyfile.MIN_MEMORY_KIB, keyfile.MIN_ITERATIONS))
    assert vault.check_warnings() == []
