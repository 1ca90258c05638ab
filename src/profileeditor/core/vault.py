"""A vault: a folder holding ``vault.key`` (keyslots) and ``profiles.db`` (SQLCipher 4), plus
``backups/``. Create, open (passphrase or recovery key), lock, change passphrase, check, back up,
quick-erase. DESIGN §3.

Fail closed: a GCM failure on an intact key file is "wrong passphrase"; a key that unwraps but a
database that will not read is "vault damaged" — and a fresh database is never made where an
unreadable one was (the database is opened read-write, never create).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from profileeditor.core import errors, keyfile, schema
from profileeditor.core.keyfile import KdfParams, KeyFileDamaged, WrongSecret
from profileeditor.core.messages import MessageError, message
from profileeditor.core.repository import Repository

KEY_FILE = "vault.key"
DB_FILE = "profiles.db"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 10
AUTO_BACKUP_AGE = timedelta(days=1)


class VaultError(MessageError):
    """Base class; ``exit_code`` is the command line's (DESIGN §5). A ``Message`` or a string
    (core/messages.py: the GUI words a message in its language)."""

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


class DiskFull(VaultError):
    """The disk (or the user's quota) is full: nothing is damaged, but nothing more is written."""

    exit_code = 1


class KeyOperationFailed(VaultError):
    """A new key slot or data key did not verify; the key files were left as they were."""


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def _sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a sqlcipher3 error or a ``StorageError``."""
    if isinstance(exc, errors.StorageError):
        return exc.code
    if isinstance(exc, sqlcipher3.Error):
        return errors.classify(exc).code
    return None


# Below this much free space an I/O error while writing is taken for a full disk.
_NEARLY_FULL_BYTES = 1024 * 1024


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """A full disk or quota, as SQLite or the OS reports it. SQLite says SQLITE_FULL for a full
    database file but a bare I/O error when it cannot grow its shared-memory index: with
    ``folder`` given, an I/O error on a disk with (nearly) no space left counts too."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    code = _sqlite_code(exc)
    if code == errors.FULL or "disk is full" in str(exc):
        return True
    if folder is not None and code == errors.IOERR:
        try:
            return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
        except OSError:
            return False
    return False


def storage_error(exc: BaseException, db_path: Path | None = None) -> VaultError | None:
    """What a storage failure means for the user: ``DiskFull``, ``VaultDamaged`` (a page that
    fails its HMAC, a malformed file), or None when it is neither (a bug, a busy lock)."""
    if isinstance(exc, VaultError):
        return exc
    if is_disk_full(exc, db_path.parent if db_path else None):
        return DiskFull("the disk is full: free some space, then try again")
    if _sqlite_code(exc) in (errors.CORRUPT, errors.NOTADB):  # NOTADB: a page failed its HMAC
        where = f": {db_path}" if db_path else ""
        return VaultDamaged(f"the database is damaged{where} — restore a backup")
    return None


# Written into the database (settings) before a session's first write and at its clean lock.
# Found "open" at the next open with no write-ahead log beside the database: the last session
# ended without closing and its log — holding its committed changes — is gone (copied without
# it, deleted, or lost). A session that only reads leaves "closed" as it found it: its log has
# nothing to lose.
SESSION_SETTING = "vault.session"
WAL_LOST_SETTING = "vault.wal_lost"
WAL_LOST_MESSAGE = (
    "the previous session ended without closing and its write-ahead log (profiles.db-wal) is "
    "missing: changes committed in that session may be lost — compare with the latest backup"
)


def _pragma_key(data_key: bytearray) -> str:
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


class VaultConnection(sqlcipher3.Connection):
    """A keyed connection. ``before_first_write``, when the vault sets it, is called with the
    connection by ``Repository.transaction`` before each outermost transaction begins: the
    vault marks its session open there, in the database file, before anything is committed."""

    before_first_write: Callable[[VaultConnection], None] | None = None


def connect_keyed(db_path: Path, data_key: bytearray, create: bool = False):
    """A SQLCipher connection with the raw data key and the vault's pragmas.

    Opened through a URI with ``mode=rw`` unless creating, so that a missing file is an error
    rather than a new empty database.
    """
    mode = "rwc" if create else "rw"
    uri = f"{db_path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.connect(
            uri,
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            factory=VaultConnection,
        )
    except sqlcipher3.Error as exc:
        if is_disk_full(exc, db_path.parent):
            raise DiskFull(message("vault.disk_full")) from exc
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
        if is_disk_full(exc, db_path.parent):
            raise DiskFull(message("vault.disk_full")) from exc
        raise VaultDamaged(
            f"the database cannot be read (damaged or not this vault's): {db_path}"
        ) from exc
    return conn


def _schema_version(conn) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _profile_count(db_path: Path, data_key: bytearray) -> int | None:
    """Profiles in another database under the same key (a backup), or None if unreadable."""
    try:
        conn = connect_keyed(db_path, data_key)
    except VaultError:
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM profiles").fetchone()[0])
    except sqlcipher3.Error:
        return None
    finally:
        conn.close()


def _overwrite_and_delete(path: Path) -> None:
    """Crypto-erase one key copy (and any spare copy a write left): overwrite, flush, delete."""
    keyfile.overwrite_and_delete(path)
    keyfile.overwrite_and_delete(path.with_name(path.name + ".tmp"))


class Vault:
    """An unlocked vault. ``repository`` reads and writes profiles; ``lock()`` ends it."""

    def __init__(self, path: Path, key_doc: dict, data_key: bytearray):
        self.path = Path(path)
        self._key_doc = key_doc
        self._data_key: bytearray | None = data_key
        # Held by every key operation and by lock(): a lock waits for a running key operation,
        # and a key operation started after the lock finds no key and refuses.
        self._key_op = threading.Lock()
        # What opening found that the user should hear about (the vault still opened).
        self.warnings: list[str] = []
        # Old backups that rotation kept because they hold more profiles than the newest.
        self.backups_kept_fuller: list[Path] = []
        # The session marker: held while it is written; whether this session's "open" is in
        # the database file (then lock() writes "closed").
        self._marker_lock = threading.Lock()
        self._marked_open = False
        wal_present = self.db_path.with_name(DB_FILE + "-wal").exists()
        # Fail closed, before SQLite writes a header into it: an empty file is no database.
        if self.db_path.exists() and self.db_path.stat().st_size == 0:
            raise VaultDamaged(f"the database is empty: {self.db_path}")
        self._conn = connect_keyed(self.db_path, data_key)
        try:
            # Fail closed: every vault this program made has a schema marker from its first
            # moment (create migrates before the key file exists). None — an empty or zeroed
            # profiles.db — is a damaged vault, never a new empty one.
            if _schema_version(self._conn) == 0:
                raise VaultDamaged(
                    f"the database is empty or has lost its schema marker: {self.db_path}"
                )
            migrated = schema.migrate(self._conn) != schema.SCHEMA_VERSION
            # An import killed half-way may have left its indexes unbuilt. Looked up first, so
            # that an ordinary open takes no write lock (another program may hold it).
            indexes_deferred = schema.indexes_deferred(self._conn)
            if indexes_deferred:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    schema.restore_indexes(self._conn)
                    self._conn.execute("COMMIT")
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
        except VaultDamaged:
            self._conn.close()
            raise
        except schema.NewerSchemaError as exc:
            self._conn.close()
            raise VaultError(str(exc)) from exc
        except sqlcipher3.Error as exc:
            self._conn.close()
            if is_disk_full(exc, self.path):
                raise DiskFull(message("vault.disk_full")) from exc
            raise VaultDamaged(f"the database is damaged: {self.db_path}") from exc
        self._conn.before_first_write = self._mark_session_open
        self.repository = Repository(self._conn)
        try:
            self._check_last_session(wal_present, wrote=migrated or indexes_deferred)
            # Warnings stored under older rules (or by a schema that had none) computed again.
            self.repository.refresh_warnings()
        except errors.StorageError as exc:  # from the refresh's transaction
            self._conn.close()
            if exc.retryable:  # busy, full, read-only: the vault itself is sound
                raise
            raise VaultDamaged(f"the database is damaged: {self.db_path}") from exc
        except sqlcipher3.Error as exc:
            self._conn.close()
            raise VaultDamaged(f"the database is damaged: {self.db_path}") from exc

    # -- the session marker (a lost write-ahead log) --------------------------------------------
    def _quick_write(self, sql: str, params: tuple = ()) -> bool:
        """One small write that never waits for another program's write lock."""
        conn = self._conn
        try:
            conn.execute("PRAGMA busy_timeout = 0")
            conn.execute(sql, params)
            return True
        except sqlcipher3.Error:
            return False  # busy, read-only medium, full disk: the marker is best effort
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA busy_timeout = 5000")

    def _check_last_session(self, wal_present: bool, wrote: bool) -> None:
        """At open: report a lost log, and mark this session open at once when the database
        file does not say "closed" (a new vault, a session that ended without closing: its log,
        if present, is in this session's view and must reach the file before it is closed) or
        when opening wrote (a migration, indexes rebuilt). Otherwise the first write marks it."""
        row = self._conn.execute(
            "SELECT value FROM settings WHERE key = ?", (SESSION_SETTING,)
        ).fetchone()
        previous = row[0] if row is not None else None
        if previous == '"open"' and not wal_present:
            self.warnings.append(WAL_LOST_MESSAGE)
            self._quick_write(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
                (WAL_LOST_SETTING, '"' + datetime.now(UTC).strftime("%Y-%m-%d") + '"'),
            )
        if previous != '"closed"' or wrote:
            self._mark_session_open(self._conn, wait=False)

    def _mark_session_open(self, conn, wait: bool = True) -> None:
        """ "open" into the database file, once a session, before its first commit on any of its
        connections (each calls this through ``before_first_write``). The log is folded into the
        file with it: a marker only in the log would be lost with the log. ``wait=False`` (the
        vault's own connection, at open and check): never wait for another program's lock."""
        with self._marker_lock:
            if self._marked_open:
                return
            sql = "INSERT OR REPLACE INTO settings(key, value) VALUES (?, '\"open\"')"
            if not wait:
                if not self._quick_write(sql, (SESSION_SETTING,)):
                    return
            else:
                try:
                    conn.execute(sql, (SESSION_SETTING,))
                except sqlcipher3.Error:
                    return  # busy, read-only, full: the write that follows fails or tries again
            self._marked_open = True
            # FULL waits for readers of older snapshots (other connections of this session),
            # which would keep the marker's frame out of the file; PASSIVE never waits.
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute(f"PRAGMA wal_checkpoint({'FULL' if wait else 'PASSIVE'})")

    def _mark_session_closed(self) -> None:
        with self._marker_lock:
            if not self._marked_open:
                return  # nothing written: the file still says "closed"
            self._marked_open = False
        if self._quick_write(
            "INSERT OR REPLACE INTO settings(key, value) VALUES (?, '\"closed\"')",
            (SESSION_SETTING,),
        ):
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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
            raise VaultExists(message("vault.exists", folder=str(path)))
        if path.exists() and any(path.iterdir()):
            raise VaultExists(message("vault.folder_not_empty", folder=str(path)))
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
    def _open_first(cls, path: Path, doc: dict, candidates: Iterator[bytearray]) -> Vault | None:
        """The vault opened with the first candidate key its database accepts (None when no
        slot gave up a key). A key file left in the middle of a data-key rotation holds two
        keys' slots; the one that opens the database wins and the other's slots are dropped."""
        damaged: VaultDamaged | None = None
        try:
            for key in candidates:
                try:
                    vault = cls(path, doc, key)
                except VaultDamaged as exc:
                    _zero(key)
                    damaged = exc
                    continue
                vault._drop_other_keys()
                return vault
        except KeyFileDamaged as exc:
            raise VaultDamaged(str(exc)) from exc
        if damaged is not None:
            raise damaged
        return None

    def _drop_other_keys(self) -> None:
        key = self._key()
        if keyfile.has_other_keys(self._key_doc, key):
            self._key_doc = keyfile.keep_slots_of(self._key_doc, key)
            with contextlib.suppress(OSError):
                keyfile.write_key_file(self.key_path, self._key_doc)

    @classmethod
    def open(cls, path: Path, passphrase: str, auto_backup: bool = True) -> Vault:
        doc = cls._read_key_doc(path)
        cls._check_db_present(path)
        vault = cls._open_first(path, doc, keyfile.passphrase_candidates(doc, passphrase))
        if vault is None:
            raise WrongPassphrase("wrong passphrase")
        if auto_backup:
            vault.backup_on_open()
        return vault

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        doc = cls._read_key_doc(path)
        cls._check_db_present(path)
        try:
            candidates = keyfile.recovery_candidates(doc, recovery_key)
            vault = cls._open_first(path, doc, candidates)
        except WrongSecret as exc:
            raise WrongPassphrase("wrong recovery key") from exc
        if vault is None:
            raise WrongPassphrase("wrong recovery key")
        return vault

    @property
    def is_locked(self) -> bool:
        return self._data_key is None

    def _key(self) -> bytearray:
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        return self._data_key

    def connect(self):
        """A new keyed connection for another thread (each worker opens its own)."""
        conn = connect_keyed(self.db_path, self._key())
        conn.before_first_write = self._mark_session_open
        return conn

    def lock(self) -> None:
        """Close the database and overwrite the data key in memory. A key operation running
        on another thread (a passphrase change, a rotation) is waited for: it holds its own
        copy of the key, and stopping it half-way could leave a key file it had not verified."""
        with self._key_op:
            if self._data_key is not None:
                self._mark_session_closed()
                _zero(self._data_key)
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
    @contextlib.contextmanager
    def _key_operation(self) -> Iterator[bytearray]:
        """A private copy of the data key for one key operation; ``lock()`` waits for it."""
        with self._key_op:
            copy = bytearray(self._key())
            try:
                yield copy
            finally:
                _zero(copy)

    def _verify_opens(self, data_key: bytearray, db_path: Path | None = None) -> None:
        """Prove that ``data_key`` reads the database (on a connection of its own)."""
        try:
            conn = connect_keyed(db_path or self.db_path, data_key)
        except VaultDamaged as exc:
            raise KeyOperationFailed(
                "the key does not open the database; nothing was written"
            ) from exc
        try:
            if _schema_version(conn) == 0:
                raise KeyOperationFailed("the key opens an empty database; nothing was written")
        finally:
            conn.close()

    def _update_backup_keys(self, change) -> list[str]:
        """Apply ``change(doc) -> doc`` to every backup's key copy; one line per backup that
        could not be updated (it keeps what it had)."""
        problems = []
        for backup in self.list_backups():
            copy_path = backup / KEY_FILE
            try:
                doc = keyfile.read_key_file(copy_path)
                keyfile.write_key_file(copy_path, change(doc))
            except (KeyFileDamaged, OSError) as exc:
                problems.append(f"{backup}: {exc}")
        return problems

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> list[str]:
        """Rewrite the passphrase slot — here and in every backup's key copy, since they wrap
        the same data key and the old passphrase must open nothing any more. The new slot is
        verified (it unwraps to the key, and the key opens the database) before anything is
        written. Returns one line per backup whose key copy could not be updated."""
        if not new_passphrase:
            raise VaultError("the new passphrase is empty")
        kdf = kdf or KdfParams.tuned()
        with self._key_operation() as key:
            slot = keyfile.passphrase_slot(key, new_passphrase, self.vault_id, kdf)
            try:
                keyfile.verify_slot(slot, self.vault_id, new_passphrase, key)
            except KeyFileDamaged as exc:
                raise KeyOperationFailed(str(exc)) from exc
            self._verify_opens(key)
            doc = keyfile.replace_passphrase_slot(keyfile.keep_slots_of(self._key_doc, key), slot)
            keyfile.write_key_file(self.key_path, doc)
            self._key_doc = doc
            return self._update_backup_keys(lambda d: keyfile.replace_passphrase_slot(d, slot))

    def new_recovery_key(self) -> tuple[str, list[str]]:
        """Replace the recovery slot (here and in the backups' key copies): the old recovery key
        opens nothing from now on. Returns the new key (show it once) and the backups that
        could not be updated. Copies of the old key file made elsewhere still open with the
        old recovery key — rotate the data key if that matters."""
        with self._key_operation() as key:
            recovery = keyfile.new_recovery_key()
            slot = keyfile.recovery_slot(key, recovery, self.vault_id)
            try:
                keyfile.verify_slot(slot, self.vault_id, recovery, key)
            except KeyFileDamaged as exc:
                raise KeyOperationFailed(str(exc)) from exc
            self._verify_opens(key)
            doc = keyfile.replace_recovery_slot(keyfile.keep_slots_of(self._key_doc, key), slot)
            keyfile.write_key_file(self.key_path, doc)
            self._key_doc = doc
            problems = self._update_backup_keys(lambda d: keyfile.replace_recovery_slot(d, slot))
            return recovery, problems

    def rotate_data_key(
        self, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[str, list[str]]:
        """A new random data key: the database is re-encrypted (``PRAGMA rekey``), the key file
        gets a passphrase slot (``passphrase``: the current one or a new one) and a new recovery
        key, and every backup is re-encrypted the same way. An old copy of ``vault.key`` and an
        old passphrase or recovery key then open nothing written from now on.

        Crash-safe: the key file holds the old key's slots and the new key's while the database
        is re-encrypted; whichever key the database answers to is kept at the next open. Returns
        the new recovery key (show it once) and one line per backup that could not be
        re-encrypted (those still need the old key: delete them)."""
        if not passphrase:
            raise VaultError("the passphrase is empty")
        kdf = kdf or KdfParams.tuned()
        with self._key_operation() as old:
            new = bytearray(secrets.token_bytes(keyfile.DATA_KEY_BYTES))
            try:
                recovery = keyfile.new_recovery_key()
                slots = [
                    keyfile.passphrase_slot(new, passphrase, self.vault_id, kdf),
                    keyfile.recovery_slot(new, recovery, self.vault_id),
                ]
                try:
                    keyfile.verify_slot(slots[0], self.vault_id, passphrase, new)
                    keyfile.verify_slot(slots[1], self.vault_id, recovery, new)
                except KeyFileDamaged as exc:
                    raise KeyOperationFailed(str(exc)) from exc
                self._rekey_folder(self.path, self._key_doc, old, new, slots, self._conn)
                self._key_doc = {**self._key_doc, "slots": slots}
                assert self._data_key is not None
                self._data_key[:] = new  # in place: lock() zeroes this very buffer
                problems = []
                for backup in self.list_backups():
                    try:
                        doc = keyfile.read_key_file(backup / KEY_FILE)
                        self._rekey_folder(backup, doc, old, new, slots, None)
                    except (
                        VaultError,
                        KeyFileDamaged,
                        OSError,
                        sqlcipher3.Error,
                        errors.StorageError,
                    ) as exc:
                        problems.append(f"{backup}: {exc}")
                return recovery, problems
            finally:
                _zero(new)

    def _rekey_folder(
        self, folder: Path, doc: dict, old: bytearray, new: bytearray, slots: list[dict], conn
    ) -> None:
        """Re-encrypt ``folder``'s database from ``old`` to ``new`` and leave its key file with
        only ``slots``; the key file holds both keys' slots while the database changes."""
        db_path = folder / DB_FILE
        own = conn is None
        if own:
            conn = connect_keyed(db_path, old)  # VaultDamaged if it is under another key
        try:
            transitional = {**doc, "slots": [*keyfile.keep_slots_of(doc, old)["slots"], *slots]}
            keyfile.write_key_file(folder / KEY_FILE, transitional)
            conn.execute(f"PRAGMA rekey = \"x'{bytes(new).hex()}'\"")
            # The log's frames are under the old key: fold them in and empty it.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            if own:
                conn.close()
        self._verify_opens(new, db_path)
        keyfile.write_key_file(folder / KEY_FILE, {**doc, "slots": slots})

    # -- checks --------------------------------------------------------------------------------
    def check(self) -> list[str]:
        """Integrity problems of the key file and database; empty when all is well."""
        problems = []
        try:
            keyfile.read_key_file(self.key_path)
        except KeyFileDamaged as exc:
            problems.append(str(exc))
        lost = self.repository.get_setting(WAL_LOST_SETTING)
        if lost:
            problems.append(f"{WAL_LOST_MESSAGE} (found on {lost}; reported once)")
            self._mark_session_open(self._conn, wait=False)
            self._quick_write("DELETE FROM settings WHERE key = ?", (WAL_LOST_SETTING,))
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

    def check_warnings(self) -> list[str]:
        """What is sound but weaker than it should be (the vault still passes the check)."""
        warnings = []
        try:
            weak = keyfile.weak_kdf_slots(keyfile.read_key_file(self.key_path))
        except KeyFileDamaged:
            weak = []
        for params in weak:
            warnings.append(
                f"the passphrase key derivation is below the floor (Argon2id "
                f"{params.memory_kib // 1024} MiB, {params.iterations} passes; at least "
                f"{keyfile.MIN_MEMORY_KIB // 1024} MiB and {keyfile.MIN_ITERATIONS} passes): "
                "run passwd to make a new slot"
            )
        return warnings

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
            self._mark_copy_closed(partial)
            with partial.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(partial, dest / DB_FILE)
            keyfile.write_key_file(dest / KEY_FILE, self._key_doc)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            if rotating:
                shutil.rmtree(dest, ignore_errors=True)
            if is_disk_full(exc, dest.parent):
                raise DiskFull("the disk is full: the backup was not made") from exc
            raise
        if rotating:
            self._rotate_backups(dest)
        return dest

    def _mark_copy_closed(self, db_path: Path) -> None:
        """A copy carries this session's "open" marker: it is a closed database."""
        copy = connect_keyed(db_path, self._key())
        try:
            copy.execute(
                "INSERT OR REPLACE INTO settings(key, value) VALUES (?, '\"closed\"')",
                (SESSION_SETTING,),
            )
            copy.execute("PRAGMA journal_mode = DELETE")  # folds the log in and removes it
        finally:
            copy.close()

    def _rotate_backups(self, newest: Path) -> None:
        """Keep the last ten — but never drop a backup holding more profiles than the one just
        made: a vault emptied by mistake must not push its good backups out. Those stay until
        the user deletes them."""
        key = self._key()
        new_count = _profile_count(newest / DB_FILE, key)
        self.backups_kept_fuller = []
        for old in self.list_backups()[:-BACKUPS_KEPT]:
            count = _profile_count(old / DB_FILE, key)
            if new_count is None or count is None or count > new_count:
                self.backups_kept_fuller.append(old)
                continue
            _overwrite_and_delete(old / KEY_FILE)
            shutil.rmtree(old, ignore_errors=True)

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

    def backup_on_open(self) -> Path | None:
        """``backup_if_due``, but a failure (full disk, unwritable folder) only adds a warning:
        the vault opens all the same."""
        try:
            return self.backup_if_due()
        except (VaultError, OSError, sqlcipher3.Error, errors.StorageError) as exc:
            reason = "the disk is full" if is_disk_full(exc, self.path) else str(exc)
            self.warnings.append(f"the automatic backup failed: {reason}")
            return None

    # -- erase ---------------------------------------------------------------------------------
    def erase(self) -> None:
        """Quick-erase: destroy every key copy in this folder, making the data unreadable.
        Backups made elsewhere keep their own key copy."""
        self.lock()
        _overwrite_and_delete(self.key_path)  # and its spare copy, if a write was interrupted
        if self.backups_path.is_dir():
            for backup in self.backups_path.iterdir():
                _overwrite_and_delete(backup / KEY_FILE)
        keyfile.fsync_dir(self.path)


def restore_backup(backup: Path, new_vault: Path) -> Path:
    """Copy a backup into a new vault folder (never over an open vault)."""
    backup, new_vault = Path(backup), Path(new_vault)
    if not (backup / DB_FILE).exists() or not (backup / KEY_FILE).exists():
        raise VaultMissing(message("vault.not_a_backup", folder=str(backup)))
    if new_vault.exists() and any(new_vault.iterdir()):
        raise VaultExists(message("vault.folder_not_empty", folder=str(new_vault)))
    new_vault.mkdir(parents=True, exist_ok=True)
    shutil.copy2(backup / DB_FILE, new_vault / DB_FILE)
    shutil.copy2(backup / KEY_FILE, new_vault / KEY_FILE)
    return new_vault
