"""Exchange bundles: profiles, their per-field modification times and the sender's sync state,
compressed and encrypted with age (pyrage) to vault public keys or to a passphrase.

Each vault has an age identity whose secret key lives only inside the encrypted database (vault
setting ``age_identity``); the public key (``age1…``) is shown as text for partners to copy.
age authenticates every byte: a bundle opened with the wrong key, truncated or altered by one
byte is refused with ``BundleError`` before anything is read from it. The merge is
core/exchange.py's job. ``BundleError`` (defined in core/exchange.py) is re-exported here.
"""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from profileeditor.core.exchange import (
    BundleError,
    ExchangeReport,
    bases_for_peers,
    merge_payload,
    modification_times,
)
from profileeditor.core.repository import Repository
from profileeditor.export.dispatch import atomic_path
from profileeditor.importers.json_import import BadInputFile, check_document

BUNDLE_FORMAT = "profileeditor.bundle"
SETTING_IDENTITY = "age_identity"
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024
MAX_PLAIN_BYTES = 4 * 1024 * 1024 * 1024


# -- identity ------------------------------------------------------------------------------------


def identity(repository: Repository) -> x25519.Identity:
    """This vault's age identity, made on first use and kept inside the encrypted database."""
    secret = repository.get_setting(SETTING_IDENTITY)
    if not secret:
        secret = str(x25519.Identity.generate())
        repository.set_setting(SETTING_IDENTITY, secret)
    return x25519.Identity.from_str(secret)


def public_key(repository: Repository) -> str:
    return str(identity(repository).to_public())


def parse_recipient(text: str) -> x25519.Recipient:
    try:
        return x25519.Recipient.from_str(text.strip())
    except Exception as exc:  # pyrage raises RecipientError, and ValueError on some inputs
        raise BundleError(f"not an age public key (age1…): {text.strip()[:20]!r}") from exc


# -- writing -------------------------------------------------------------------------------------


def now_iso() -> str:
    # Microseconds: two bundles made in the same second must still be ordered.
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def build_payload(vault, profile_ids: Iterable[str]) -> dict:
    """The plaintext of a bundle (a JSON object); see docs in core/exchange.py for the merge."""
    repository = vault.repository
    ids = list(dict.fromkeys(profile_ids))
    profiles, modified = [], {}
    for profile in repository.iter_profiles(ids):
        profiles.append(profile)
        modified[profile["id"]] = modification_times(repository, profile)
    return {
        "format": BUNDLE_FORMAT,
        "version": 1,
        "vault_id": vault.vault_id,
        "public_key": public_key(repository),
        "created_at": now_iso(),
        "document": {
            "format": "profileeditor.profiles",
            "version": 1,
            "level": "internal",
            "profiles": profiles,
        },
        "modified": modified,
        "bases": bases_for_peers(repository, ids),
    }


def encrypt(
    data: bytes, recipients: list[str] | None = None, passphrase: str | None = None
) -> bytes:
    if passphrase:
        return age_passphrase.encrypt(data, passphrase)
    if not recipients:
        raise BundleError("a bundle needs at least one recipient public key or a passphrase")
    return pyrage.encrypt(data, [parse_recipient(r) for r in recipients])


def write_bundle(
    vault,
    profile_ids: Iterable[str],
    path: Path,
    recipients: list[str] | None = None,
    passphrase: str | None = None,
) -> int:
    """Write an encrypted bundle atomically; returns the number of profiles in it."""
    payload = build_payload(vault, profile_ids)
    plain = gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), mtime=0)
    sealed = encrypt(plain, recipients, passphrase)
    del plain
    with atomic_path(Path(path)) as tmp:
        tmp.write_bytes(sealed)
    return len(payload["document"]["profiles"])


# -- reading -------------------------------------------------------------------------------------


def decrypt(data: bytes, identities: list[x25519.Identity], passphrase: str | None = None) -> bytes:
    """Plaintext, or BundleError saying whether the key is wrong or the file damaged."""
    if not data.startswith(AGE_MAGIC):
        raise BundleError("not an exchange bundle (no age encryption header)")
    header = data[: data.find(b"\n---")] if b"\n---" in data else data[:2048]
    is_passphrase_bundle = b"\n-> scrypt " in header
    try:
        if is_passphrase_bundle:
            if not passphrase:
                raise BundleError(
                    "this bundle is encrypted with a passphrase: give --passphrase-env"
                )
            return age_passphrase.decrypt(data, passphrase)
        return pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        message = str(exc).lower()
        if "no matching keys" in message and not is_passphrase_bundle:
            raise BundleError(
                "this bundle is not encrypted to this vault's key (wrong recipient), or its "
                "header was altered"
            ) from exc
        if is_passphrase_bundle and ("no matching keys" in message or "failed" in message):
            raise BundleError(
                "wrong passphrase for this bundle, or the bundle was altered"
            ) from exc
        raise BundleError("the bundle is damaged or was altered; it was not imported") from exc


def read_bundle(vault, path: Path, passphrase: str | None = None) -> dict:
    """Decrypt, decompress and check the shape of a bundle; nothing is stored."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path}: too large for a bundle")
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror})") from exc
    try:
        plain = decrypt(data, [identity(vault.repository)], passphrase)
    except BundleError as exc:
        raise BundleError(f"{path}: {exc}") from exc
    try:
        with gzip.GzipFile(fileobj=_Bytes(plain)) as fh:
            text = fh.read(MAX_PLAIN_BYTES + 1)
        if len(text) > MAX_PLAIN_BYTES:
            raise BundleError(f"{path}: the bundle's content is too large")
        payload = json.loads(text.decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"{path}: the bundle's content is not readable") from exc
    _check_payload(payload, path)
    try:
        _validate(payload["document"])
    except BundleError as exc:
        raise BundleError(f"{path}: {exc}") from exc
    return payload


def _validate(document: dict) -> None:
    """Schema check without touching attachment bytes (check_document would re-encode photos)."""
    probe = copy.copy(document)
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


def import_bundle(vault, path: Path, passphrase: str | None = None) -> ExchangeReport:
    """Decrypt, check and merge a bundle into the vault; returns what happened."""
    return merge_payload(vault, read_bundle(vault, path, passphrase), source=str(path))


class _Bytes:
    """A minimal read-only file over bytes (io.BytesIO would copy a large plaintext again)."""

    def __init__(self, data: bytes):
        self._view = memoryview(data)
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._view) if size < 0 else min(len(self._view), self._pos + size)
        chunk = self._view[self._pos : end].tobytes()
        self._pos = end
        return chunk

    def readable(self) -> bool:
        return True


def _check_payload(payload: object, path: Path) -> None:
    if not isinstance(payload, dict) or payload.get("format") != BUNDLE_FORMAT:
        raise BundleError(f"{path}: not a Profile Editor exchange bundle")
    if payload.get("version") != 1:
        raise BundleError(f"{path}: bundle version {payload.get('version')!r} is not supported")
    for key, kind in (
        ("vault_id", str),
        ("created_at", str),
        ("document", dict),
        ("modified", dict),
        ("bases", dict),
    ):
        if not isinstance(payload.get(key), kind):
            raise BundleError(f"{path}: the bundle has no valid {key!r}")


__all__ = [
    "BundleError",
    "identity",
    "import_bundle",
    "public_key",
    "read_bundle",
    "write_bundle",
]
