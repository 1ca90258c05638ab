"""A sync folder: bundles to and from contacts through a folder that something else moves —
Syncthing, a shared drive, a USB stick carried around.

Tied to a folder (vault setting ``sync_folder``, inside the encrypted database), a pass:

1. reads every bundle file it has not settled yet: sealed to other keys → skipped for good;
   signed by no contact or damaged → refused (retried if the file changes or a contact is
   added); from an unverified contact → waits for a review; otherwise merged (each bundle once:
   ``bundles_seen``; in any order: core/exchange/state.py);
2. deletes its own bundles that their recipient has acknowledged;
3. writes, per verified contact, one bundle with every profile whose state changed since that
   contact last acknowledged — replacing its earlier unread one — and the acknowledgement of
   what it merged from them, when either is new.

File names are random (``<32 hex>.age``): nothing says who wrote a file, for whom, or when. The
table ``sync_files`` remembers which files are ours and what became of the others.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from profileeditor.core.exchange import contacts as contact_book
from profileeditor.core.exchange.bundle import (
    NotForUs,
    atomic_write,
    build_payload,
    new_file_name,
    open_bundle,
    seal,
)
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.exchange.merge import (
    BundleError,
    BundleReplayed,
    ExchangeReport,
    merge_payload,
    now_iso,
)
from profileeditor.core.exchange.state import meta_get, pending_ids, refresh
from profileeditor.core.messages import MessageError, message

SETTING_FOLDER = "sync_folder"
POLL_SECONDS = 180
ACK_ONLY_DAYS = 7  # the GUI's timer while a vault is open
_NAME = re.compile(r"^[0-9a-f]{32}\.age$")
_SETTLED = ("merged", "not-for-us", "damaged")


class SyncError(MessageError, ValueError):
    """The sync folder is not set or not usable; the message is for the user."""


@dataclass
class SyncResult:
    merged: list[tuple[str, ExchangeReport]] = field(default_factory=list)
    pending: list[tuple[str, ExchangeReport]] = field(default_factory=list)  # need a review
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    written: list[str] = field(default_factory=list)  # contact names
    tidied: int = 0

    def lines(self) -> list[str]:
        out = []
        for name, report in self.merged:
            out.append(
                f"from {name}: {len(report.added)} added, {len(report.updated)} updated, "
                f"{len(report.trashed)} moved to the trash, {len(report.conflicts)} conflicts"
            )
        for name, report in self.pending:
            out.append(
                f"from {name} (not verified): {len(report.changes)} changes wait for a review "
                f"(sync --accept-unverified {name!r})"
            )
        for file_name, why in self.refused:
            out.append(f"refused {file_name}: {why}")
        out.append(f"wrote bundles for {len(self.written)} contacts; tidied {self.tidied} files")
        return out


def tie(repository, folder: Path) -> None:
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise SyncError(message("sync.no_such_folder", folder=str(folder)))
    repository.set_setting(SETTING_FOLDER, str(folder))


def untie(repository) -> None:
    repository.set_setting(SETTING_FOLDER, None)


def folder_of(repository) -> Path | None:
    value = repository.get_setting(SETTING_FOLDER)
    return Path(value) if value else None


def run(vault, accept_unverified: str | None = None) -> SyncResult:
    """One pass: read, tidy, write. Safe to run at any moment, any number of times."""
    repository = vault.repository
    folder = folder_of(repository)
    if folder is None:
        raise SyncError(message("sync.no_folder"))
    if not folder.is_dir():
        raise SyncError(message("sync.folder_missing", folder=str(folder)))
    result = SyncResult()
    _read(vault, folder, result, accept_unverified)
    _tidy(repository, folder, result)
    _write(vault, folder, result)
    return result


def _files(conn) -> dict[str, tuple]:
    return {
        r[0]: r[1:]
        for r in conn.execute("SELECT name, direction, size, mtime_ns, outcome FROM sync_files")
    }


def _note(repository, name, direction, outcome, stat=None, contact_pk=None, covers=None):
    with repository.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO sync_files(name, direction, contact_pk, covers, size, "
            "mtime_ns, outcome, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                direction,
                contact_pk,
                covers,
                stat.st_size if stat else None,
                stat.st_mtime_ns if stat else None,
                outcome,
                now_iso(),
            ),
        )


def _read(vault, folder: Path, result: SyncResult, accept_unverified: str | None) -> None:
    repository = vault.repository
    origin = own_keys(repository).public.origin
    known = _files(repository.conn)
    for path in sorted(folder.iterdir()):
        if not _NAME.match(path.name) or not path.is_file():
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        row = known.get(path.name)
        if row is not None:
            direction, size, mtime, outcome = row
            if direction == "out":
                continue
            if outcome in _SETTLED and (size, mtime) == (stat.st_size, stat.st_mtime_ns):
                continue
        try:
            opened = open_bundle(vault, path)
            if opened.contact is None:
                raise BundleError(message("bundle.unknown_sender"))
            contact = opened.contact
            payload = opened.payload()
        except NotForUs:
            _note(repository, path.name, "in", "not-for-us", stat)
            continue
        except BundleError as exc:
            _note(repository, path.name, "in", "refused", stat)
            result.refused.append((path.name, str(exc)))
            continue
        except OSError:  # vanished mid-read (the sync engine replaced it): next pass
            continue
        try:
            if not contact.verified and accept_unverified != contact.name:
                report = merge_payload(vault, payload, contact, origin, dry_run=True)
                result.pending.append((contact.name, report))
                _note(repository, path.name, "in", "review", stat)
                continue
            report = merge_payload(vault, payload, contact, origin)
        except BundleReplayed:
            _note(repository, path.name, "in", "merged", stat)
            continue
        except BundleError as exc:
            _note(repository, path.name, "in", "refused", stat)
            result.refused.append((path.name, str(exc)))
            continue
        _note(repository, path.name, "in", "merged", stat)
        result.merged.append((contact.name, report))


def _tidy(repository, folder: Path, result: SyncResult) -> None:
    """Delete our bundles that their recipient has acknowledged (or that a contact removed
    left without a recipient)."""
    conn = repository.conn
    rows = conn.execute(
        "SELECT f.name, f.covers, c.acked_upto, f.outcome, f.at FROM sync_files f "
        "LEFT JOIN contacts c ON c.pk = f.contact_pk WHERE f.direction = 'out'"
    ).fetchall()
    stale = (datetime.now(UTC) - timedelta(days=ACK_ONLY_DAYS)).isoformat().replace("+00:00", "Z")
    for name, covers, acked, outcome, at in rows:
        if outcome == "ack-only":  # never acknowledged: gone when replaced or old
            done = acked is None or at < stale
        else:
            done = acked is None or acked >= (covers or 0)
        if done:
            _remove(repository, folder, name)
            result.tidied += 1
    # What others tidied away: forget it, so the table stays as small as the folder.
    present = {p.name for p in folder.iterdir()}
    with repository.transaction() as conn:
        for name in [
            r[0] for r in conn.execute("SELECT name FROM sync_files WHERE direction = 'in'")
        ]:
            if name not in present:
                conn.execute("DELETE FROM sync_files WHERE name = ?", (name,))


def _remove(repository, folder: Path, name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / name)
    with repository.transaction() as conn:
        conn.execute("DELETE FROM sync_files WHERE name = ?", (name,))


def _write(vault, folder: Path, result: SyncResult) -> None:
    repository = vault.repository
    origin = own_keys(repository).public.origin
    with repository.transaction():
        refresh(repository, pending_ids(repository), origin)
    changes = meta_get(repository.conn, "changes")
    for contact in contact_book.list_contacts(repository):
        if not contact.verified:  # data goes only to people whose key was checked
            continue
        acked, ack_to_send, ack_sent, sent_upto = repository.conn.execute(
            "SELECT acked_upto, ack_to_send, ack_sent, sent_upto FROM contacts WHERE pk = ?",
            (contact.pk,),
        ).fetchone()
        news = changes > max(acked, sent_upto)
        if not news and ack_to_send <= ack_sent:
            continue
        earlier = [
            r[0]
            for r in repository.conn.execute(
                "SELECT name FROM sync_files WHERE direction = 'out' AND contact_pk = ?",
                (contact.pk,),
            )
        ]
        payload = build_payload(vault, None, acks={contact.origin: ack_to_send}, since=acked)
        sealed = seal(vault, payload, [contact.identity.age])
        name = new_file_name()
        outcome = "written" if payload["states"] else "ack-only"
        _note(repository, name, "out", outcome, None, contact.pk, payload["covers"])
        atomic_write(folder / name, sealed)
        with repository.transaction() as conn:
            conn.execute(
                "UPDATE contacts SET sent_upto = ?, ack_sent = ? WHERE pk = ?",
                (payload["covers"], ack_to_send, contact.pk),
            )
        for old in earlier:  # superseded: the new one holds all they have not acknowledged
            _remove(repository, folder, old)
        result.written.append(contact.name)
