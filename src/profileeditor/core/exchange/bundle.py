"""Bundle files: a signed, compressed payload sealed with age to contacts' keys or a passphrase.

Inside the age encryption (which hides everything, even who signed)::

    PEBUNDLE2\\n
    {"signer": "pe1:…", "recipients": [...], "body_sha512": "…", "plain_size": n,
     "profiles": n, "sig": "…"}\\n
    <gzip of the payload JSON>

The Ed25519 signature covers the header (recipients, the size and hash of the whole body), so it
covers the whole plaintext and to whom it was sealed: a recipient cannot re-seal a colleague's
bundle to a third vault as if it were meant for it. Reading trusts nothing before the signature:
the header is bounded, the signature and the body hash are checked, the signer must be a contact
(or accepted by the caller), and only then is the body decompressed — streaming, stopping at the
size the signed header declared, which itself must fit what that many profiles can need.

age authenticates every byte: a bundle opened with the wrong key, truncated or altered by one byte
is refused before anything is read from it. x25519 bundles are decrypted streaming from the file
(pyrage's ``decrypt_io``); pyrage decrypts passphrase bundles only whole, so those are bounded by
the file size cap.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import secrets
import uuid
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from profileeditor.core.exchange import contacts as contact_book
from profileeditor.core.exchange.contacts import Contact
from profileeditor.core.exchange.keys import IdentityError, PublicIdentity, own_keys, parse_identity
from profileeditor.core.exchange.merge import BundleError, ExchangeReport, merge_payload, now_iso
from profileeditor.core.exchange.state import (
    DELETED,
    Clock,
    load_states,
    meta_get,
    meta_set,
    now_us,
    refresh,
    tombstone_ids,
)
from profileeditor.core.messages import message
from profileeditor.core.partial_files import atomic_path
from profileeditor.core.passphrase_policy import assess

BUNDLE_FORMAT = "profileeditor.bundle"
MAGIC = b"PEBUNDLE2\n"
AGE_MAGIC = b"age-encryption.org/v1\n"
SIGNED_PREFIX = b"profileeditor bundle signature v2\n"
PASSPHRASE_RECIPIENT = "passphrase"
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024  # sealed file
MAX_HEADER_BYTES = 64 * 1024
MAX_PLAIN_BYTES = 2 * 1024 * 1024 * 1024  # decompressed payload, whatever it declares
# What one profile's JSON can need beside its attachment bytes (biography, cases, renewal
# sessions, field states): generous, and still a thousandth of a decompression bomb.
TEXT_PER_PROFILE = 512 * 1024
BASE_ALLOWANCE = 1024 * 1024


def plain_cap(profiles: int, compressed: int) -> int:
    """The most a bundle of ``profiles`` profiles and ``compressed`` body bytes may expand to:
    their text, plus attachment bytes (base64 in JSON, which gzip cannot shrink below ~3/4)."""
    return min(MAX_PLAIN_BYTES, BASE_ALLOWANCE + TEXT_PER_PROFILE * profiles + 2 * compressed)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _signed_message(header: dict) -> bytes:
    fields = {k: v for k, v in header.items() if k != "sig"}
    return SIGNED_PREFIX + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def parse_recipient(text: str) -> x25519.Recipient:
    """An age public key, or the age part of an identity line."""
    text = text.strip()
    if text.startswith("pe1:"):
        try:
            text = parse_identity(text).age
        except IdentityError as exc:
            raise BundleError(exc.detail or str(exc)) from exc
    try:
        return x25519.Recipient.from_str(text)
    except Exception as exc:  # pyrage raises RecipientError, and ValueError on some inputs
        raise BundleError(message("bundle.not_a_key", value=text[:20])) from exc


# -- writing -------------------------------------------------------------------------------------


def build_payload(
    vault,
    profile_ids: Iterable[str] | None,
    acks: dict[str, int] | None = None,
    since: int | None = None,
) -> dict:
    """The plaintext of a bundle. ``profile_ids`` None means every shared or live profile (with
    the tombstones of those in the trash or purged); ``since`` (a change number) narrows it to
    profiles whose states changed after it (the sync folder's deltas)."""
    repository = vault.repository
    keys = own_keys(repository)
    origin = keys.public.origin
    with repository.transaction() as conn:
        if since is not None:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT profile_id FROM field_state WHERE changed > ?", (since,)
                )
            ]
        elif profile_ids is None:
            ids = repository.ids() + tombstone_ids(repository)
        else:
            ids = list(profile_ids)
        ids = list(dict.fromkeys(ids))
        refresh(repository, ids, origin)
        states = load_states(conn, ids)
        seq = max(meta_get(conn, "seq") + 1, now_us())
        meta_set(conn, "seq", seq)
        Clock(conn).observe(seq)
        covers = meta_get(conn, "changes")
    profiles, wire_states, known = [], {}, {}
    present = set()
    for profile in repository.iter_profiles([i for i in ids if i in states]):
        profiles.append(profile)
        present.add(profile["id"])
    for pid in ids:
        paths = states.get(pid)
        if not paths:
            continue
        if pid in present:
            wire_states[pid] = {p: s.wire() for p, s in paths.items()}
        elif DELETED in paths:  # purged here: the tombstone, and what its author had seen
            wire_states[pid] = {DELETED: paths[DELETED].wire()}
            known[pid] = {p: s.vv for p, s in paths.items() if p != DELETED}
    return {
        "format": BUNDLE_FORMAT,
        "version": 2,
        "bundle_id": str(uuid.uuid4()),
        "seq": seq,
        "created_at": now_iso(),
        "vault_id": vault.vault_id,
        "covers": covers,
        "acks": acks or {},
        "document": {
            "format": "profileeditor.profiles",
            "version": 1,
            "level": "internal",
            "profiles": profiles,
        },
        "states": wire_states,
        "known": known,
    }


def seal(
    vault, payload: dict, recipients: list[str] | None = None, passphrase: str | None = None
) -> bytes:
    """Sign and encrypt a payload; returns the bundle file's bytes."""
    if not passphrase and not recipients:
        raise BundleError(message("bundle.no_recipient"))
    keys = own_keys(vault.repository)
    body = gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), mtime=0)
    parsed = [] if passphrase else [parse_recipient(r) for r in recipients or []]
    named = [PASSPHRASE_RECIPIENT] if passphrase else sorted({str(r) for r in parsed})
    header = {
        "signer": keys.public.text,
        "recipients": named,
        "body_sha512": hashlib.sha512(body).hexdigest(),
        "body_size": len(body),
        "plain_size": _plain_size(body),
        "profiles": len(payload["document"]["profiles"]),
    }
    header["sig"] = _b64(keys.sign(_signed_message(header)))
    plain = MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n" + body
    del body
    if passphrase:
        return age_passphrase.encrypt(plain, passphrase)
    return pyrage.encrypt(plain, parsed)


def _plain_size(body: bytes) -> int:
    return int.from_bytes(body[-4:], "little")  # gzip's ISIZE (the payload is under 4 GiB)


def atomic_write(path: Path, data: bytes) -> None:
    """Never a half bundle under its name, nor one left under another (core/partial_files.py)."""
    with atomic_path(Path(path)) as tmp:
        tmp.write_bytes(data)


def write_bundle(
    vault,
    profile_ids: Iterable[str] | None,
    path: Path,
    recipients: list[str] | None = None,
    passphrase: str | None = None,
    contacts: list[str] | None = None,
) -> int:
    """Write a signed, encrypted bundle atomically (to age keys or identity lines, contacts by
    name, or a passphrase); returns the number of profiles in it."""
    targets = list(recipients or [])
    for name in contacts or []:
        try:
            targets.append(contact_book.get(vault.repository, name).identity.age)
        except contact_book.ContactError as exc:
            raise BundleError(str(exc)) from exc
    if not targets and not passphrase:
        raise BundleError(message("bundle.no_recipient"))
    if passphrase:
        # A bundle travels and is attacked offline through age's scrypt: the vault's policy.
        verdict = assess(passphrase)
        if not verdict.ok:
            raise BundleError(verdict.message.replace("the passphrase", "the bundle passphrase", 1))
    for target in targets:
        parse_recipient(target)
    payload = build_payload(vault, profile_ids)
    atomic_write(Path(path), seal(vault, payload, targets, passphrase))
    return len(payload["document"]["profiles"])


# -- reading -------------------------------------------------------------------------------------


class _CappedSink(io.RawIOBase):
    """Where decrypt_io writes the plaintext: refuses more than ``cap`` bytes."""

    def __init__(self, cap: int):
        self.buffer = bytearray()
        self.cap = cap
        self.overflow = False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if len(self.buffer) + len(data) > self.cap:
            self.overflow = True
            raise BundleError(message("bundle.content_too_large"))
        self.buffer += data
        return len(data)


def is_passphrase_bundle(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC) and b"\n-> scrypt " in head[:4096]


def decrypt_file(path: Path, identity: x25519.Identity, passphrase: str | None) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(message("bundle.too_large"))
        with path.open("rb") as fh:
            head = fh.read(4096)
            if not head.startswith(AGE_MAGIC):
                raise BundleError(message("bundle.not_age"))
            fh.seek(0)
            if is_passphrase_bundle(head):
                if not passphrase:
                    raise BundleError(message("bundle.needs_passphrase"))
                try:
                    return age_passphrase.decrypt(fh.read(), passphrase)
                except pyrage.DecryptError as exc:
                    raise BundleError(message("bundle.wrong_passphrase")) from exc
            sink = _CappedSink(size)
            try:
                pyrage.decrypt_io(fh, sink, [identity])
            except pyrage.DecryptError as exc:
                if "no matching keys" in str(exc).lower():
                    raise NotForUs(message("bundle.not_for_us")) from exc
                raise BundleError(message("bundle.damaged")) from exc
            except OSError as exc:  # decrypt_io reports a failed chunk as an I/O error
                if sink.overflow:
                    raise BundleError(message("bundle.content_too_large")) from exc
                raise BundleError(message("bundle.damaged")) from exc
            return bytes(sink.buffer)
    except OSError as exc:
        raise BundleError(message("bundle.unreadable_file", reason=exc.strerror or "")) from exc


class NotForUs(BundleError):
    """Sealed to other keys (in a shared sync folder: someone else's mail)."""


@dataclass
class Opened:
    """A bundle whose signature is good; ``contact`` None when the signer is no contact."""

    signer: PublicIdentity
    contact: Contact | None
    header: dict
    body: bytes

    def payload(self) -> dict:
        return _payload(self.header, self.body)


def open_bundle(vault, path: Path, passphrase: str | None = None) -> Opened:
    """Decrypt and check the signature of a bundle; nothing is stored and nothing of the
    payload is read yet."""
    repository = vault.repository
    keys = own_keys(repository)
    plain = decrypt_file(path, keys.age, passphrase)
    if not plain.startswith(MAGIC):
        raise BundleError(message("bundle.unsigned"))
    end = plain.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        raise BundleError(message("bundle.signature_damaged"))
    try:
        header = json.loads(plain[len(MAGIC) : end].decode("ascii"))
        signer = parse_identity(header["signer"])
        signature = base64.b64decode(header["sig"], validate=True)
        recipients = header["recipients"]
        ok = (
            all(
                isinstance(header.get(k), int) and header[k] >= 0
                for k in ("body_size", "plain_size", "profiles")
            )
            and isinstance(recipients, list)
            and isinstance(header.get("body_sha512"), str)
        )
    except (ValueError, KeyError, TypeError, RecursionError, IdentityError) as exc:
        raise BundleError(message("bundle.signature_damaged")) from exc
    if not ok:
        raise BundleError(message("bundle.signature_damaged"))
    if not signer.verify(signature, _signed_message(header)):
        raise BundleError(message("bundle.signature_invalid"))
    body = plain[end + 1 :]
    del plain
    if (
        len(body) != header["body_size"]
        or hashlib.sha512(body).hexdigest() != header["body_sha512"]
    ):
        raise BundleError(message("bundle.content_altered"))
    if passphrase and is_passphrase_bundle(_head(path)):
        if recipients != [PASSPHRASE_RECIPIENT]:
            raise BundleError(message("bundle.recipients_mismatch"))
    elif keys.public.age not in recipients:
        raise BundleError(message("bundle.resealed"))
    if signer.origin == keys.public.origin:
        raise BundleError(message("bundle.from_this_vault"))
    return Opened(signer, contact_book.by_origin(repository, signer.origin), header, body)


def _head(path: Path) -> bytes:
    with Path(path).open("rb") as fh:
        return fh.read(4096)


def _payload(header: dict, body: bytes) -> dict:
    declared = header["plain_size"]
    if declared > plain_cap(header["profiles"], len(body)):
        raise BundleError(message("bundle.declares_too_much"))
    inflater = zlib.decompressobj(wbits=31)
    out = bytearray()
    view = memoryview(body)
    try:
        for i in range(0, len(view), 1 << 20):
            out += inflater.decompress(view[i : i + (1 << 20)], declared + 1 - len(out))
            if len(out) > declared or inflater.unconsumed_tail:
                raise BundleError(message("bundle.larger_than_declared"))
        out += inflater.flush()
        if len(out) != declared or not inflater.eof:
            raise BundleError(message("bundle.content_unreadable"))
        payload = json.loads(bytes(out).decode("utf-8"))
    except BundleError:
        raise
    except (zlib.error, ValueError, RecursionError) as exc:  # ValueError: JSON, UTF-8, digits
        raise BundleError(message("bundle.content_unreadable")) from exc
    _check_payload(payload, header)
    _validate(payload["document"])
    return payload


def _check_payload(payload: object, header: dict) -> None:
    if not isinstance(payload, dict) or payload.get("format") != BUNDLE_FORMAT:
        raise BundleError(message("bundle.not_a_bundle"))
    if payload.get("version") != 2:
        raise BundleError(message("bundle.version", version=str(payload.get("version"))))
    for key, kind in (
        ("bundle_id", str),
        ("seq", int),
        ("created_at", str),
        ("document", dict),
        ("states", dict),
        ("known", dict),
        ("acks", dict),
    ):
        if not isinstance(payload.get(key), kind):
            raise BundleError(message("bundle.no_valid_key", key=key))
    profiles = payload["document"].get("profiles")
    if not isinstance(profiles, list) or len(profiles) != header["profiles"]:
        raise BundleError(message("bundle.profile_count_mismatch"))
    if payload["created_at"] > _future_iso():
        raise BundleError(message("bundle.dated_in_future"))


def _future_iso() -> str:
    from datetime import UTC, datetime, timedelta

    moment = datetime.now(UTC) + timedelta(days=1)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _validate(document: dict) -> None:
    """Schema check without touching attachment bytes (check_document would re-encode photos)."""
    from profileeditor.importers.json_import import BadInputFile, check_document

    probe = dict(document)
    probe["profiles"] = [
        {
            **p,
            "attachments": [
                {k: v for k, v in a.items() if k != "data"} for a in p.get("attachments") or []
            ],
        }
        if isinstance(p, dict) and p.get("attachments")
        else p
        for p in document.get("profiles") or []
    ]
    try:
        check_document(probe, "the bundle")
    except BadInputFile as exc:
        raise BundleError(str(exc)) from exc


# -- importing -----------------------------------------------------------------------------------


class UnknownSender(BundleError):
    """Signed by a key that is no contact: refused unless the user accepts it."""

    def __init__(self, message: str, signer: PublicIdentity, safety: str):
        super().__init__(message)
        self.signer = signer
        self.safety = safety


class NeedsReview(BundleError):
    """From an unverified contact: merged only once the listed changes are accepted."""

    def __init__(self, message: str, report: ExchangeReport):
        super().__init__(message)
        self.report = report


def import_bundle(
    vault,
    path: Path,
    passphrase: str | None = None,
    accept_unverified: str | None = None,
    dry_run: bool = False,
) -> ExchangeReport:
    """Check the sender, then merge the bundle whole (one transaction).

    From no contact: refused (``UnknownSender``, with its safety number) unless
    ``accept_unverified`` names the new, unverified contact to add. From an unverified contact:
    ``NeedsReview`` with the list of changes unless ``accept_unverified`` is that contact's name.
    """
    from profileeditor.core.exchange.keys import safety_number

    repository = vault.repository
    own = own_keys(repository).public
    try:
        opened = open_bundle(vault, path, passphrase)
    except BundleError as exc:
        raise type(exc)(_in_file(path, exc)) from exc
    contact = opened.contact
    if contact is None:
        safety = safety_number(own, opened.signer)
        if not accept_unverified:
            raise UnknownSender(
                f"{path}: signed by a key that is not one of your contacts (safety number "
                f"{safety}); nothing was imported. Compare the safety number with the sender, "
                "then add them (contact add) or pass --accept-unverified NAME",
                opened.signer,
                safety,
            )
        try:
            payload = opened.payload()
        except BundleError as exc:
            raise BundleError(_in_file(path, exc)) from exc
        try:
            contact = contact_book.add(repository, accept_unverified, opened.signer)
        except contact_book.ContactError as exc:
            raise BundleError(exc.detail or str(exc)) from exc
    else:
        try:
            payload = opened.payload()
        except BundleError as exc:
            raise BundleError(_in_file(path, exc)) from exc
    if not contact.verified and accept_unverified != contact.name and not dry_run:
        report = merge_payload(vault, payload, contact, own.origin, dry_run=True)
        raise NeedsReview(
            f"{path}: from {contact.name}, whose safety number is not verified; review the "
            f"{len(report.changes)} changes and pass --accept-unverified {contact.name!r} to "
            "merge them (or verify the contact first)",
            report,
        )
    try:
        return merge_payload(vault, payload, contact, own.origin, dry_run=dry_run)
    except BundleError as exc:
        raise type(exc)(_in_file(path, exc)) from exc


def _in_file(path: Path, exc: BundleError):
    """The error with the bundle's file in front ("{file}: {problem}"), still a message."""
    return message("bundle.in_file", file=str(path), problem=exc.detail or str(exc))


def new_file_name() -> str:
    """A name that says nothing: not who, not when, not to whom."""
    return secrets.token_hex(16) + ".age"
