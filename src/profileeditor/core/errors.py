"""One error type for the store: sqlcipher3's exceptions become ``StorageError``.

As qutebrowser's sql.py does, an error is sorted by its SQLite result code into *known* (the
world got in the way: the database is locked by another program, the disk is full or read-only,
an I/O error, a damaged file) and *bug* (our SQL is wrong: a missing column, a constraint we
broke). A known error is worth telling the user in plain words and retrying; a bug is not, and
keeps its traceback. Callers catch ``StorageError`` (or ``KnownStorageError`` to retry) and never
sqlcipher3's own hierarchy, which is separate from the standard library's sqlite3.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlcipher3

# SQLite primary result codes (https://sqlite.org/rescode.html) that the environment causes.
BUSY = 5
LOCKED = 6
NOMEM = 7
READONLY = 8
IOERR = 10
CORRUPT = 11
FULL = 13
CANTOPEN = 14
NOTADB = 26
_KNOWN = {BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB}
_RETRYABLE = {BUSY, LOCKED, FULL, IOERR, READONLY}


class StorageError(Exception):
    """A database operation failed. ``code`` is SQLite's primary result code (0 if unknown)."""

    known = False

    def __init__(self, message: str, code: int = 0):
        super().__init__(message)
        self.code = code

    @property
    def retryable(self) -> bool:
        """Whether the same write may succeed later unchanged (lock released, space freed)."""
        return self.known and self.code in _RETRYABLE


class KnownStorageError(StorageError):
    """Caused by the environment (locked, full, read-only, damaged): tell the user, keep the
    edit, let them retry."""

    known = True


class StorageBug(StorageError):
    """Caused by the program (bad SQL, a broken constraint): a bug to report."""


class Cancelled(Exception):
    """The user stopped a long write; it was rolled back whole."""


def _code(exc: BaseException) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF  # extended codes carry the primary one in the low byte
    text = str(exc).lower()  # older builds without the attribute: go by SQLite's own words
    for words, primary in (
        ("database is locked", BUSY),
        ("database table is locked", LOCKED),
        ("database or disk is full", FULL),
        ("disk i/o error", IOERR),
        ("readonly database", READONLY),
        ("malformed", CORRUPT),
        ("not a database", NOTADB),
        ("unable to open", CANTOPEN),
    ):
        if words in text:
            return primary
    return 0


def classify(exc: BaseException) -> StorageError:
    """The ``StorageError`` for a sqlcipher3 exception (already one: returned as it is)."""
    if isinstance(exc, StorageError):
        return exc
    code = _code(exc)
    kind = KnownStorageError if code in _KNOWN else StorageBug
    return kind(str(exc) or type(exc).__name__, code)


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Re-raise sqlcipher3 errors inside as ``StorageError`` (the original as its cause)."""
    try:
        yield
    except sqlcipher3.Error as exc:
        raise classify(exc) from exc


def describe(error: StorageError) -> str:
    """A short reason in plain English for the user (the GUI translates its own wording)."""
    if error.code in (BUSY, LOCKED):
        return "the vault is busy (another program or window is writing to it)"
    if error.code == FULL:
        return "the disk is full"
    if error.code == READONLY:
        return "the vault cannot be written (read-only)"
    if error.code == IOERR:
        return "the disk could not be read or written"
    if error.code in (CORRUPT, NOTADB):
        return "the vault's database is damaged"
    return str(error)
