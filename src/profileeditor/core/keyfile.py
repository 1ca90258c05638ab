"""The vault key file (``vault.key``): keyslots that each wrap the one random data key.

Format (JSON, versioned): ``{"format", "version", "vault_id", "slots": [...], "checksum"}``. A slot
holds its KDF name and parameters, a salt, a nonce and the data key wrapped with AES-256-GCM under
the key derived from its secret. Slots: ``passphrase`` (Argon2id, tuned at creation) and
``recovery`` (a random 160-bit key shown once; HKDF suffices for a secret that is already
uniformly random). The checksum tells a damaged file from a wrong passphrase: a GCM failure on an
intact file is certainly a wrong secret.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_FILE_FORMAT = "profileeditor.vault-key"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32

# Argon2id floor (DESIGN §3) and the time a creation aims the cost at on its own machine.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
PARALLELISM = 4
TARGET_SECONDS = 0.65  # aims mid-range: a later run on the same machine varies by ±20%
# Memory beyond this buys passes instead: researchers' laptops can be small, and the app's
# whole footprint is meant to stay under 400 MB.
MAX_MEMORY_KIB = 128 * 1024

# TEST ONLY. Real vaults never use these: they exist so that a test suite can create hundreds of
# vaults quickly. Reached only through an explicit ``KdfParams.insecure_for_tests()`` call or, for
# command-line tests, the variable PROFILEEDITOR_INSECURE_FAST_KDF_FOR_TESTS=1 (see cli.py).
_TEST_MEMORY_KIB = 1024
_TEST_ITERATIONS = 1


class KeyFileDamaged(Exception):
    """vault.key is missing parts, unparsable, or fails its checksum."""


class WrongSecret(Exception):
    """No slot of the kind tried opens with the secret given."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    parallelism: int = PARALLELISM

    @classmethod
    def insecure_for_tests(cls) -> KdfParams:
        return cls(_TEST_MEMORY_KIB, _TEST_ITERATIONS, 1)

    @classmethod
    def tuned(cls, target_seconds: float = TARGET_SECONDS) -> KdfParams:
        """At least the floor; more memory, then more passes, until one derivation takes about
        ``target_seconds`` on this machine."""
        params = cls(MIN_MEMORY_KIB, MIN_ITERATIONS)
        while True:
            elapsed = _time_derivation(params)
            # Confirm before settling: a busy moment must not pass for a slow machine.
            if elapsed >= target_seconds:
                elapsed = min(elapsed, _time_derivation(params))
            if elapsed >= target_seconds:
                return params
            if params.memory_kib < MAX_MEMORY_KIB:
                params = cls(params.memory_kib * 2, params.iterations)
            else:
                factor = max(1.2, target_seconds / max(elapsed, 1e-3))
                params = cls(params.memory_kib, int(params.iterations * factor) + 1)


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_passphrase_key("calibration", b"\0" * 16, params)
    return time.perf_counter() - start


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _derive_recovery_key(recovery_secret: bytes, salt: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, b"profileeditor recovery slot").derive(recovery_secret)


# Recovery keys: 20 random bytes in base32, as 8 groups of 4 — easy to print and type.
def new_recovery_key() -> str:
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_secret(recovery_key: str) -> bytes:
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, binascii.Error) as exc:
        raise WrongSecret("that is not a recovery key") from exc
    if len(raw) != 20:
        raise WrongSecret("that is not a recovery key")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _aad(vault_id: str, slot_type: str) -> bytes:
    return f"profileeditor keyslot v1|{vault_id}|{slot_type}".encode()


def _wrap(
    data_key: bytes | bytearray, kek: bytes, vault_id: str, slot_type: str
) -> tuple[str, str]:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(vault_id, slot_type))
    return _b64(nonce), _b64(wrapped)


def passphrase_slot(
    data_key: bytes | bytearray, passphrase: str, vault_id: str, params: KdfParams
) -> dict:
    salt = secrets.token_bytes(16)
    kek = derive_passphrase_key(passphrase, salt, params)
    nonce, wrapped = _wrap(data_key, kek, vault_id, "passphrase")
    return {
        "type": "passphrase",
        "kdf": {
            "name": "argon2id",
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "parallelism": params.parallelism,
            "salt": _b64(salt),
        },
        "nonce": nonce,
        "wrapped_key": wrapped,
    }


def recovery_slot(data_key: bytes | bytearray, recovery_key: str, vault_id: str) -> dict:
    salt = secrets.token_bytes(16)
    kek = _derive_recovery_key(_recovery_secret(recovery_key), salt)
    nonce, wrapped = _wrap(data_key, kek, vault_id, "recovery")
    return {
        "type": "recovery",
        "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
        "nonce": nonce,
        "wrapped_key": wrapped,
    }


def _checksum(doc: dict) -> str:
    body = {k: v for k, v in doc.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def new_key_file(vault_id: str, slots: list[dict]) -> dict:
    doc = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "vault_id": vault_id,
        "slots": slots,
    }
    doc["checksum"] = _checksum(doc)
    return doc


def read_key_file(path: Path) -> dict:
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileDamaged(f"the key file cannot be read: {path}") from exc
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise KeyFileDamaged(f"not a Profile Editor key file: {path}")
    if doc.get("version") != KEY_FILE_VERSION:
        raise KeyFileDamaged(f"unsupported key file version {doc.get('version')!r}: {path}")
    if doc.get("checksum") != _checksum(doc):
        raise KeyFileDamaged(f"the key file is damaged (checksum mismatch): {path}")
    if not isinstance(doc.get("slots"), list) or not doc["slots"]:
        raise KeyFileDamaged(f"the key file has no key slots: {path}")
    return doc


def write_key_file(path: Path, doc: dict) -> None:
    """Atomically replace ``path``: temp file, fsync, rename, fsync the folder."""
    doc = {**doc, "checksum": _checksum(doc)}
    tmp = path.with_name(path.name + ".tmp")
    data = json.dumps(doc, indent=1).encode("utf-8")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; rename is durable there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unwrap(slot: dict, kek: bytes, vault_id: str) -> bytearray:
    try:
        nonce, wrapped = _unb64(slot["nonce"]), _unb64(slot["wrapped_key"])
    except (KeyError, ValueError) as exc:
        raise KeyFileDamaged("a key slot is malformed") from exc
    try:
        key = AESGCM(kek).decrypt(nonce, wrapped, _aad(vault_id, slot["type"]))
    except InvalidTag as exc:
        raise WrongSecret from exc
    return bytearray(key)


def unlock_with_passphrase(doc: dict, passphrase: str) -> bytearray:
    for slot in doc["slots"]:
        if slot.get("type") != "passphrase":
            continue
        kdf = slot.get("kdf") or {}
        try:
            params = KdfParams(
                int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["parallelism"])
            )
            salt = _unb64(kdf["salt"])
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileDamaged("a key slot's KDF parameters are malformed") from exc
        try:
            return _unwrap(slot, derive_passphrase_key(passphrase, salt, params), doc["vault_id"])
        except WrongSecret:
            continue
    raise WrongSecret("wrong passphrase")


def unlock_with_recovery_key(doc: dict, recovery_key: str) -> bytearray:
    secret = _recovery_secret(recovery_key)
    for slot in doc["slots"]:
        if slot.get("type") != "recovery":
            continue
        try:
            salt = _unb64(slot["kdf"]["salt"])
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileDamaged("the recovery slot is malformed") from exc
        try:
            return _unwrap(slot, _derive_recovery_key(secret, salt), doc["vault_id"])
        except WrongSecret:
            continue
    raise WrongSecret("wrong recovery key")


def replace_passphrase_slot(doc: dict, new_slot: dict) -> dict:
    slots = [s for s in doc["slots"] if s.get("type") != "passphrase"]
    return {**doc, "slots": [new_slot, *slots]}
