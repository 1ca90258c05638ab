"""A vault: a folder holding ``vault.key`` (keyslots) and ``profiles.db`` (SQLCipher 4), plus
``backups/``. Create, open (passphrase or recovery key), lock, change passphrase, check, back up,
quick-erase. DESIGN §3.

Fail closed: a GCM failure on an intact key file is "wrong passphrase"; a key that unwraps but a
database that will not read is "vault damaged" — and a fresh database is never made where an
unreadable one was (the database is opened read-write, never create).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from profileeditor.core import keyfile, schema
from profileeditor.core.keyfile import KdfParams, KeyFileDamaged, WrongSecret
from profileeditor.core.repository import Repository

KEY_FILE = "vault.key"
DB_FILE = "profiles.db"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 10
AUTO_BACKUP_AGE = timedelta(days=1)


class VaultError(Exception):
    """Base class; ``exit_code`` is the command line's (DESIGN §5)."""

    exit_code = 1


class WrongPassphrase(VaultError):
    exit_code = 3


class VaultDamaged(VaultError):
    exit_code = 4


class VaultMissing(VaultDamaged):
    pass


class VaultExists(VaultError):
    exit_code = 2


class VaultLocked(VaultError):
    pass


def _pragma_key(data_key: bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


def connect_keyed(db_path: Path, data_key: bytearray, create: bool = False):
    """A SQLCipher connection with the raw data key and the vault's pragmas.

    Opened through a URI with ``mode=rw`` unless creating, so that a missing file is an error
    rather than a new empty database.
    """
    mode = "rwc" if create else "rw"
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise VaultDamaged(f"the database cannot be opened: {db_path}") from exc
    try:
        conn.execute(_pragma_key(data_key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # A 32 MiB page cache and a longer WAL between checkpoints: large imports touch index
        # pages all over the file, and each miss means reading and decrypting a page again.
        conn.execute("PRAGMA cache_size = -32768")
        conn.execute("PRAGMA wal_autocheckpoint = 8192")
        # The first read proves the key: a wrong key or damaged header fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.Error as exc:
        conn.close()
        raise VaultDamaged(
            f"the database cannot be read (damaged or not this vault's): {db_path}"
        ) from exc
    return conn


def _overwrite_and_delete(path: Path) -> None:
    """Crypto-erase one key copy: overwrite it with random bytes, flush, delete."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            fh.write(secrets.token_bytes(max(size, 1)))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except FileNotFoundError:
        pass


class Vault:
    """An unlocked vault. ``repository`` reads and writes profiles; ``lock()`` ends it."""

    def __init__(self, path: Path, key_doc: dict, data_key: bytearray):
        self.path = Path(path)
        self._key_doc = key_doc
        self._data_key: bytearray | None = data_key
        self._conn = connect_keyed(self.db_path, data_key)
        try:
            schema.migrate(self._conn)
            # An import killed half-way may have left its indexes unbuilt. Looked up first, so
            # that an ordinary open takes no write lock (another program may hold it).
            if schema.indexes_deferred(self._conn):
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    schema.restore_indexes(self._conn)
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
        except schema.NewerSchemaError as exc:
            self._conn.close()
            raise VaultError(str(exc)) from exc
        except sqlcipher3.Error as exc:
            self._conn.close()
            raise VaultDamaged(f"the database is damaged: {self.db_path}") from exc
        self.repository = Repository(self._conn)

    # -- paths ---------------------------------------------------------------------------------
    @property
    def key_path(self) -> Path:
        return self.path / KEY_FILE

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    @property
    def backups_path(self) -> Path:
        return self.path / BACKUP_DIR

    @property
    def vault_id(self) -> str:
        return self._key_doc["vault_id"]

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, kdf: KdfParams | None = None) -> tuple[Vault, str]:
        """Make a new vault folder; returns the open vault and the recovery key (show it once)."""
        path = Path(path)
        if not passphrase:
            raise VaultError("the passphrase is empty")
        if (path / KEY_FILE).exists() or (path / DB_FILE).exists():
            raise VaultExists(f"a vault already exists at {path}")
        if path.exists() and any(path.iterdir()):
            raise VaultExists(f"the folder is not empty: {path}")
        path.mkdir(parents=True, exist_ok=True)
        kdf = kdf or KdfParams.tuned()
        data_key = bytearray(secrets.token_bytes(keyfile.DATA_KEY_BYTES))
        vault_id = str(uuid.uuid4())
        recovery_key = keyfile.new_recovery_key()
        doc = keyfile.new_key_file(
            vault_id,
            [
                keyfile.passphrase_slot(data_key, passphrase, vault_id, kdf),
                keyfile.recovery_slot(data_key, recovery_key, vault_id),
            ],
        )
        # Database first, key file last: a crash in between leaves no half-vault that opens.
        conn = connect_keyed(path / DB_FILE, data_key, create=True)
        try:
            schema.migrate(conn)
        finally:
            conn.close()
        keyfile.write_key_file(path / KEY_FILE, doc)
        return cls(path, doc, data_key), recovery_key

    @classmethod
    def _read_key_doc(cls, path: Path) -> dict:
        key_path = Path(path) / KEY_FILE
        if not key_path.exists():
            raise VaultMissing(f"no vault at {path} (vault.key is missing)")
        try:
            return keyfile.read_key_file(key_path)
        except KeyFileDamaged as exc:
            raise VaultDamaged(str(exc)) from exc

    @classmethod
    def _check_db_present(cls, path: Path) -> None:
        if not (Path(path) / DB_FILE).exists():
            raise VaultMissing(f"the vault's database is missing: {Path(path) / DB_FILE}")

    @classmethod
    def open(cls, path: Path, passphrase: str, auto_backup: bool = True) -> Vault:
        doc = cls._read_key_doc(path)
        cls._check_db_present(path)
        try:
            data_key = keyfile.unlock_with_passphrase(doc, passphrase)
        except WrongSecret as exc:
            raise WrongPassphrase("wrong passphrase") from exc
        except KeyFileDamaged as exc:
            raise VaultDamaged(str(exc)) from exc
        vault = cls(path, doc, data_key)
        if auto_backup:
            vault.backup_if_due()
        return vault

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        doc = cls._read_key_doc(path)
        cls._check_db_present(path)
        try:
            data_key = keyfile.unlock_with_recovery_key(doc, recovery_key)
        except WrongSecret as exc:
            raise WrongPassphrase("wrong recovery key") from exc
        except KeyFileDamaged as exc:
            raise VaultDamaged(str(exc)) from exc
        return cls(path, doc, data_key)

    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        return self._data_key

    def connect(self):
        """A new keyed connection for another thread (each worker opens its own)."""
        return connect_keyed(self.db_path, self._key())

    def lock(self) -> None:
        """Close the database and overwrite the data key in memory."""
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None
        self.repository.close()
        with contextlib.suppress(sqlcipher3.Error):
            self._conn.close()

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.lock()

    # -- keys ----------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Rewrite the passphrase slot atomically — here and in every backup's key copy, since
        they wrap the same data key and the old passphrase must open nothing any more."""
        if not new_passphrase:
            raise VaultError("the new passphrase is empty")
        kdf = kdf or KdfParams.tuned()
        slot = keyfile.passphrase_slot(self._key(), new_passphrase, self.vault_id, kdf)
        self._key_doc = keyfile.replace_passphrase_slot(self._key_doc, slot)
        keyfile.write_key_file(self.key_path, self._key_doc)
        for backup in self.list_backups():
            copy_path = backup / KEY_FILE
            with contextlib.suppress(KeyFileDamaged, OSError):
                doc = keyfile.read_key_file(copy_path)
                keyfile.write_key_file(copy_path, keyfile.replace_passphrase_slot(doc, slot))

    # -- checks --------------------------------------------------------------------------------
    def check(self) -> list[str]:
        """Integrity problems of the key file and database; empty when all is well."""
        problems = []
        try:
            keyfile.read_key_file(self.key_path)
        except KeyFileDamaged as exc:
            problems.append(str(exc))
        try:
            for (row,) in self._conn.execute("PRAGMA cipher_integrity_check"):
                problems.append(f"cipher: {row}")
            for (row,) in self._conn.execute("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(f"database: {row}")
            for row in self._conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {row}")
        except sqlcipher3.Error as exc:
            problems.append(f"database unreadable: {exc}")
        return problems

    # -- backups -------------------------------------------------------------------------------
    def list_backups(self) -> list[Path]:
        """This vault's backups, oldest first."""
        if not self.backups_path.is_dir():
            return []
        return sorted(p for p in self.backups_path.iterdir() if (p / DB_FILE).exists())

    def backup(self, dest: Path | None = None, conn=None) -> Path:
        """An encrypted copy (same data key) with a copy of the key file.

        Without ``dest`` it goes to ``backups/<time>/`` and the oldest beyond ten are removed;
        with ``dest`` it is a new vault folder there (which must not exist or be empty). A worker
        thread passes its own connection as ``conn``.
        """
        conn = conn or self._conn
        rotating = dest is None
        if dest is None:
            dest = self.backups_path / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        dest = Path(dest)
        if dest.exists() and any(dest.iterdir()):
            raise VaultExists(f"the backup folder is not empty: {dest}")
        dest.mkdir(parents=True, exist_ok=True)
        partial = dest / (DB_FILE + ".partial")
        try:
            # VACUUM INTO keeps SQLCipher's encryption with the same key: no plaintext copy.
            conn.execute("VACUUM INTO ?", (str(partial),))
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(partial, dest / DB_FILE)
            keyfile.write_key_file(dest / KEY_FILE, self._key_doc)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        if rotating:
            for old in self.list_backups()[:-BACKUPS_KEPT]:
                _overwrite_and_delete(old / KEY_FILE)
                shutil.rmtree(old, ignore_errors=True)
        return dest

    def newest_backup_time(self) -> datetime | None:
        backups = self.list_backups()
        if not backups:
            return None
        try:
            return datetime.strptime(backups[-1].name, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            return None

    def backup_if_due(self) -> Path | None:
        """The automatic backup on open: when the newest is over a day old (or there is none)."""
        if self.repository.get_setting("auto_backup", True) is False:
            return None
        newest = self.newest_backup_time()
        if newest is not None and datetime.now(UTC) - newest < AUTO_BACKUP_AGE:
            return None
        if self.repository.count() == 0:
            return None
        return self.backup()

    # -- erase ---------------------------------------------------------------------------------
    def erase(self) -> None:
        """Quick-erase: destroy every key copy in this folder, making the data unreadable.
        Backups made elsewhere keep their own key copy."""
        self.lock()
        _overwrite_and_delete(self.key_path)
        if self.backups_path.is_dir():
            for backup in self.backups_path.iterdir():
                _overwrite_and_delete(backup / KEY_FILE)
        keyfile.fsync_dir(self.path)


def restore_backup(backup: Path, new_vault: Path) -> Path:
    """Copy a backup into a new vault folder (never over an open vault)."""
    backup, new_vault = Path(backup), Path(new_vault)
    if not (backup / DB_FILE).exists() or not (backup / KEY_FILE).exists():
        raise VaultMissing(f"not a backup folder: {backup}")
    if new_vault.exists() and any(new_vault.iterdir()):
        raise VaultExists(f"the folder is not empty: {new_vault}")
    new_vault.mkdir(parents=True, exist_ok=True)
    shutil.copy2(backup / DB_FILE, new_vault / DB_FILE)
    shutil.copy2(backup / KEY_FILE, new_vault / KEY_FILE)
    return new_vault
