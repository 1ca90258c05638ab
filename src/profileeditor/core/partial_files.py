"""A file written whole or not at all, that leaves nothing readable behind when the process dies
half-way (issue 9 item 11: a crash during an export left its plaintext ``.partial-*`` file).

Where the folder's file system gives anonymous files (Linux ``O_TMPFILE``: ext4, xfs, btrfs,
tmpfs) the file being written has no name at all: writers get ``/proc/self/fd/N`` as its path,
and it is linked under its final name only once complete and on disk. A process killed before
that leaves nothing in the folder (its disk blocks are freed like any deleted file's).

Elsewhere (a FAT or exFAT USB stick, macOS, Windows) the file is written under a hidden
``.partial-XXXXXXXX`` name while it is held open and locked; the next write into the same folder
overwrites and removes every such partial whose writer is gone (the lock is free), so a crash
leaves it only until the next export there. A crash in the instant between link and rename of a
replacement leaves a complete file under a partial name, swept the same way.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

PREFIX = ".partial-"
# Our names: the prefix, eight characters of tempfile's or our alphabet, an optional suffix.
# A trailing "-" is a partial claimed by a Windows sweep (_claim) that it could not finish.
_OURS = re.compile(r"^\.partial-[a-z0-9_]{8}(\.[A-Za-z0-9]{1,8})?-*$")
_O_TMPFILE = getattr(os, "O_TMPFILE", None)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


def anonymous_supported(folder: Path) -> bool:
    """Whether files without a name can be made in ``folder`` (tried, not guessed)."""
    if _O_TMPFILE is None or not Path("/proc/self/fd").is_dir():
        return False
    try:
        fd = os.open(folder, _O_TMPFILE | os.O_WRONLY, 0o600)
    except OSError:
        return False
    os.close(fd)
    return True


def _name(suffix: str) -> str:
    return PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(8)) + suffix


def _lock(fd: int) -> bool:
    """Take the writer's lock on ``fd`` (POSIX); False when another live writer holds it."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _claim(path: str) -> str | None:
    """On Windows a file another process holds open (without delete sharing, as Python opens
    files) cannot be renamed: a partial that can be renamed has no live writer. Returns the new
    name, or None when it is in use."""
    claimed = path + "-"
    try:
        os.replace(path, claimed)
    except OSError:
        return None
    return claimed


def _overwrite(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    block = b"\0" * 65536
    while size > 0:
        size -= os.write(fd, block[: min(size, len(block))])
    os.fsync(fd)


def sweep(folder: Path) -> int:
    """Overwrite and remove the partials of dead writers in ``folder``; return how many."""
    swept = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _OURS.match(entry.name) or not entry.is_file(follow_symlinks=False):
            continue
        path = _claim(entry.path) if sys.platform == "win32" else entry.path
        if path is None:
            continue  # a live export is writing it
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if sys.platform != "win32" and not _lock(fd):
                continue  # a live export is writing it
            _overwrite(fd)
        except OSError:
            continue
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
            swept += 1
    return swept


@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """A path to write to that becomes ``final`` only if the block succeeds (see the module)."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    sweep(final.parent)
    if anonymous_supported(final.parent):
        with _anonymous(final) as path:
            yield path
    else:
        with _named(final) as path:
            yield path


@contextlib.contextmanager
def _anonymous(final: Path) -> Iterator[Path]:
    assert _O_TMPFILE is not None
    fd = os.open(final.parent, _O_TMPFILE | os.O_RDWR, 0o600)
    # Locked like a named partial: when it replaces a file it is one for an instant, and
    # another export's sweep must not take it for a dead writer's.
    _lock(fd)
    folder = os.open(final.parent, os.O_RDONLY)
    handle = f"/proc/self/fd/{fd}"

    def link(target: Path) -> None:
        # linkat(AT_SYMLINK_FOLLOW) on the /proc handle: CPython calls plain link(), which
        # does not follow it, unless a directory fd is given (the path is absolute anyway).
        os.link(handle, target, src_dir_fd=folder, follow_symlinks=True)

    try:
        yield Path(handle)
        os.fsync(fd)  # on disk before it takes a name
        try:
            link(final)  # appears whole, or not at all
        except FileExistsError:
            # Replacing: a name of its own for an instant, then renamed over the old file.
            while True:
                tmp = final.parent / _name(final.suffix)
                try:
                    link(tmp)
                    break
                except FileExistsError:
                    continue
            try:
                os.replace(tmp, final)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
    finally:
        os.close(folder)
        os.close(fd)


@contextlib.contextmanager
def _named(final: Path) -> Iterator[Path]:
    while True:
        tmp = final.parent / _name(final.suffix)
        try:
            fd = os.open(
                tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
            break
        except FileExistsError:
            continue
    # Held open (and locked, on POSIX) while it is written: another export's sweep leaves it.
    if sys.platform != "win32":
        _lock(fd)
    try:
        yield tmp
        os.fsync(fd)  # the writer wrote through its own handle; this flushes the same file
        if sys.platform == "win32":
            os.close(fd)
            fd = -1
        os.replace(tmp, final)
    finally:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
