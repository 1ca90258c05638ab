"""The contact book inside the vault: the colleagues whose bundles this vault accepts.

A contact is a name chosen here, an identity line (core/exchange/keys.py), whether the safety
number was compared ("verified") and when it was added. Bundles are sent to contacts by name and
accepted only from them; an unverified contact's bundle is merged only after a review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from profileeditor.core.exchange.keys import PublicIdentity, parse_identity
from profileeditor.core.messages import MessageError, message


class ContactError(MessageError, ValueError):
    """A contact that cannot be added, found or changed; the message is for the user."""


@dataclass(frozen=True)
class Contact:
    pk: int
    name: str
    identity: PublicIdentity
    verified: bool
    added_at: str

    @property
    def origin(self) -> str:
        return self.identity.origin


_COLUMNS = "pk, name, identity, verified, added_at"


def _row(row) -> Contact:
    return Contact(row[0], row[1], parse_identity(row[2]), bool(row[3]), row[4])


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def list_contacts(repository) -> list[Contact]:
    rows = repository.conn.execute(f"SELECT {_COLUMNS} FROM contacts ORDER BY name")
    return [_row(r) for r in rows]


def get(repository, name: str) -> Contact:
    row = repository.conn.execute(
        f"SELECT {_COLUMNS} FROM contacts WHERE name = ?", (name.strip(),)
    ).fetchone()
    if row is None:
        raise ContactError(message("contact.no_such", name=name.strip()))
    return _row(row)


def by_origin(repository, origin: str) -> Contact | None:
    row = repository.conn.execute(
        f"SELECT {_COLUMNS} FROM contacts WHERE origin = ?", (origin,)
    ).fetchone()
    return None if row is None else _row(row)


def add(repository, name: str, identity: str | PublicIdentity, verified: bool = False) -> Contact:
    from profileeditor.core.exchange.keys import own_keys

    name = " ".join(name.split())
    if not name:
        raise ContactError(message("contact.needs_name"))
    public = parse_identity(identity) if isinstance(identity, str) else identity
    if public.origin == own_keys(repository).public.origin:
        raise ContactError(message("contact.own_identity"))
    existing = by_origin(repository, public.origin)
    if existing is not None:
        raise ContactError(message("contact.identity_known", name=existing.name))
    with repository.transaction() as conn:
        if conn.execute("SELECT 1 FROM contacts WHERE name = ?", (name,)).fetchone():
            raise ContactError(message("contact.name_taken", name=name))
        conn.execute(
            "INSERT INTO contacts(name, identity, origin, verified, added_at) VALUES (?, ?, ?, ?, ?)",
            (name, public.text, public.origin, int(verified), now_iso()),
        )
    return get(repository, name)


def set_verified(repository, name: str, verified: bool = True) -> Contact:
    contact = get(repository, name)
    with repository.transaction() as conn:
        conn.execute("UPDATE contacts SET verified = ? WHERE pk = ?", (int(verified), contact.pk))
    return get(repository, name)


def remove(repository, name: str) -> None:
    contact = get(repository, name)
    with repository.transaction() as conn:
        conn.execute("DELETE FROM contacts WHERE pk = ?", (contact.pk,))
