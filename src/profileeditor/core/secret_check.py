"""Does this secret open this vault? For "check my recovery key" and the passphrase reminder:
the typed recovery key or passphrase is tried against the vault's key file on disk, and nothing
is changed — no slot rewritten, no key file repaired, no key kept.

A match means the secret unwraps *the data key the open vault uses now* (compared by key id), so a
recovery key from before a data-key rotation, or one replaced by "New recovery key", says no even
if a stale slot in a torn key file would still unwrap it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from profileeditor.core import keyfile
from profileeditor.core.keyfile import KeyFileDamaged, WrongSecret
from profileeditor.core.vault import Vault, VaultDamaged


def _key_file_as_on_disk(vault: Vault) -> dict:
    # A check must not write: no repair of a torn vault.key from its spare copy.
    path = vault.key_path
    try:
        return keyfile.read_key_file(path, repair=False)
    except (OSError, KeyFileDamaged) as exc:
        raise VaultDamaged(f"the key file cannot be read: {path}") from exc


def _matches(vault: Vault, candidates: Iterator[bytearray]) -> bool:
    wanted = keyfile.key_id(vault._key())  # raises VaultLocked when the vault is locked
    found = False
    try:
        for key in candidates:
            found = keyfile.key_id(key) == wanted
            key[:] = bytes(len(key))  # no copy of the data key outlives the check
            if found:  # each further slot would cost another key derivation
                break
    except WrongSecret:  # not even shaped like a recovery key
        return False
    except KeyFileDamaged as exc:
        raise VaultDamaged(str(exc)) from exc
    return found


def recovery_key_opens(vault: Vault, recovery_key: str) -> bool:
    """True when ``recovery_key`` opens the open ``vault`` (its current data key)."""
    doc = _key_file_as_on_disk(vault)
    return _matches(vault, keyfile.recovery_candidates(doc, recovery_key))


def passphrase_opens(vault: Vault, passphrase: str) -> bool:
    """True when ``passphrase`` opens the open ``vault``; takes one key derivation per
    passphrase slot (about a second with the tuned parameters): call it off the GUI thread."""
    doc = _key_file_as_on_disk(vault)
    return _matches(vault, keyfile.passphrase_candidates(doc, passphrase))


# -- the reminder to confirm the passphrase (opt-in; vault settings, inside the encrypted
# database: even the dates of the checks say when someone worked) -----------------------------
SETTING_REMINDER_DAYS = "passphrase_reminder_days"  # int; 0 or missing: off
SETTING_CONFIRMED_ON = "passphrase_confirmed_on"  # ISO date of the last right answer
REMINDER_CHOICES = (0, 7, 14, 30, 90)


def reminder_due(days: int | None, confirmed_on: str | None, today: date) -> bool:
    """Whether to ask for the passphrase now: on, and never confirmed or ``days`` ago or more
    (a date in the future — a clock set back — counts as due)."""
    if not days or days <= 0:
        return False
    try:
        last = date.fromisoformat(confirmed_on) if confirmed_on else None
    except ValueError:
        last = None
    return last is None or last > today or (today - last).days >= days
