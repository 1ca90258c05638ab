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
import contextlib
import hashlib
import json
import os
import secrets
import time
from collections.abc import Iterator
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

# What a stored slot may ask for. Wider than what this program writes (the test KDF sits below the
# floor; a fast machine tunes to more passes), narrow enough that an edited key file cannot make
# an unlock hang for hours or allocate the machine's memory: out of range is a damaged key file.
STORED_MEMORY_KIB = (1024, 1024 * 1024)
STORED_ITERATIONS = (1, 64)
STORED_PARALLELISM = (1, 16)
SALT_BYTES = (16, 64)
# A key file is a few kilobytes; anything much larger is not one (and is not read into memory).
MAX_KEY_FILE_BYTES = 64 * 1024

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

    @property
    def below_floor(self) -> bool:
        """Cheaper than the floor new slots get (an old vault, or the test KDF)."""
        return self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS

    @classmethod
    def from_stored(cls, kdf: object) -> KdfParams:
        """The parameters of a stored slot, bounded; ``KeyFileDamaged`` when out of range."""
        if not isinstance(kdf, dict):
            raise KeyFileDamaged("a key slot's KDF parameters are malformed")
        values = []
        for name, (low, high) in (
            ("memory_kib", STORED_MEMORY_KIB),
            ("iterations", STORED_ITERATIONS),
            ("parallelism", STORED_PARALLELISM),
        ):
            value = kdf.get(name)
            if type(value) is not int:  # not bool, float or text
                raise KeyFileDamaged(f"a key slot's KDF parameter {name} is malformed")
            if not low <= value <= high:
                raise KeyFileDamaged(
                    f"a key slot's KDF parameter {name}={value} is out of range ({low}–{high})"
                )
            values.append(value)
        memory, iterations, parallelism = values
        if memory < 8 * parallelism:  # Argon2's own rule
            raise KeyFileDamaged("a key slot's KDF memory is too small for its lanes")
        return cls(memory, iterations, parallelism)

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


def key_id(data_key: bytes | bytearray) -> str:
    """A short public name for a data key (HMAC of a constant under it): tells which slots wrap
    the same key without unwrapping them — during a rotation a key file holds two keys' slots."""
    import hmac

    return hmac.new(bytes(data_key), b"profileeditor key id", "sha256").hexdigest()[:16]


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
        "key_id": key_id(data_key),
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
        "key_id": key_id(data_key),
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


def _parse(data: bytes, path: Path) -> dict:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise KeyFileDamaged(f"the key file cannot be read: {path}") from exc
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise KeyFileDamaged(f"not a Profile Editor key file: {path}")
    if doc.get("version") != KEY_FILE_VERSION:
        raise KeyFileDamaged(f"unsupported key file version {doc.get('version')!r}: {path}")
    slots = doc.get("slots")
    if not isinstance(doc.get("vault_id"), str) or not isinstance(slots, list):
        raise KeyFileDamaged(f"the key file is malformed: {path}")
    for slot in slots:
        # Shape before checksum: the checksum serialises the whole document.
        if not (
            isinstance(slot, dict)
            and isinstance(slot.get("type"), str)
            and isinstance(slot.get("kdf"), dict)
            and isinstance(slot.get("nonce"), str)
            and isinstance(slot.get("wrapped_key"), str)
            and isinstance(slot.get("key_id", ""), str)
            and all(isinstance(v, str | int) for v in slot["kdf"].values())
        ):
            raise KeyFileDamaged(f"a key slot is malformed: {path}")
    if doc.get("checksum") != _checksum(doc):
        raise KeyFileDamaged(f"the key file is damaged (checksum mismatch): {path}")
    if not slots:
        raise KeyFileDamaged(f"the key file has no key slots: {path}")
    for slot in slots:
        if slot["type"] == "passphrase":
            KdfParams.from_stored(slot["kdf"])
    return doc


def _read_bounded(path: Path) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(MAX_KEY_FILE_BYTES + 1)
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileDamaged(f"the key file is too large to be one: {path}")
    return data


def _safety_copy(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


def read_key_file(path: Path, repair: bool = True) -> dict:
    """The key document at ``path``; ``KeyFileDamaged`` when it is not a sound one.

    An interrupted ``write_key_file`` leaves the complete new document in ``vault.key.tmp``
    while ``vault.key`` itself is being overwritten: that copy is used, and ``vault.key``
    repaired from it (unless ``repair`` is False: a check that must not write), when
    ``vault.key`` does not read."""
    try:
        return _parse(_read_bounded(path), path)
    except (OSError, KeyFileDamaged) as first:
        spare = _safety_copy(path)
        try:
            doc = _parse(_read_bounded(spare), path)
        except (OSError, KeyFileDamaged):
            if isinstance(first, KeyFileDamaged):
                raise first from None
            raise KeyFileDamaged(f"the key file cannot be read: {path}") from first
    if repair:
        with contextlib.suppress(OSError):
            write_key_file(path, doc)
    return doc


def _fsync_write(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def overwrite_and_delete(path: Path) -> None:
    """Overwrite a file's bytes with random ones, flush, delete. On a disk that rewrites in place
    (ext4, NTFS on a spinning disk) the old bytes are gone; on flash or a copy-on-write file
    system the old blocks may survive — best effort, see the README."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        size = os.fstat(fd).st_size
        _fsync_write(fd, secrets.token_bytes(max(size, 1)))
    finally:
        os.close(fd)
    path.unlink()


def write_key_file(path: Path, doc: dict) -> None:
    """Replace ``path`` with ``doc`` without leaving the old slots in freed disk blocks.

    A new file is made complete (temp file, fsync) and renamed in when there is nothing to
    replace. Otherwise the complete new document goes to ``vault.key.tmp`` first (the copy that
    ``read_key_file`` falls back on if a crash tears the next step), then ``vault.key`` is
    overwritten *in place* — same file, same blocks where the disk allows — padded to at least
    its old length, and the spare copy is overwritten and deleted. A rename over the old file
    would free its blocks with the old slots still in them."""
    doc = {**doc, "checksum": _checksum(doc)}
    data = json.dumps(doc, indent=1).encode("utf-8")
    tmp = _safety_copy(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        _fsync_write(fd, data)
    finally:
        os.close(fd)
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        os.replace(tmp, path)
        fsync_dir(path.parent)
        return
    fsync_dir(path.parent)  # the spare copy is durable before the original is touched
    try:
        old_size = os.fstat(fd).st_size
        os.lseek(fd, 0, os.SEEK_SET)
        # Trailing spaces are valid JSON: the new document covers every old byte.
        _fsync_write(fd, data + b" " * max(0, old_size - len(data)))
    finally:
        os.close(fd)
    overwrite_and_delete(tmp)
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


def passphrase_candidates(doc: dict, passphrase: str) -> Iterator[bytearray]:
    """Every data key a passphrase slot gives up for ``passphrase``, in slot order (a key file
    in the middle of a data-key rotation holds the old key's slots and the new one's)."""
    for slot in doc["slots"]:
        if slot.get("type") != "passphrase":
            continue
        params = KdfParams.from_stored(slot.get("kdf"))
        try:
            salt = _unb64(slot["kdf"]["salt"])
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileDamaged("a key slot's KDF parameters are malformed") from exc
        if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
            raise KeyFileDamaged("a key slot's salt has the wrong length")
        try:
            yield _unwrap(slot, derive_passphrase_key(passphrase, salt, params), doc["vault_id"])
        except WrongSecret:
            continue


def unlock_with_passphrase(doc: dict, passphrase: str) -> bytearray:
    for key in passphrase_candidates(doc, passphrase):
        return key
    raise WrongSecret("wrong passphrase")


def recovery_candidates(doc: dict, recovery_key: str) -> Iterator[bytearray]:
    secret = _recovery_secret(recovery_key)
    for slot in doc["slots"]:
        if slot.get("type") != "recovery":
            continue
        try:
            salt = _unb64(slot["kdf"]["salt"])
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileDamaged("the recovery slot is malformed") from exc
        try:
            yield _unwrap(slot, _derive_recovery_key(secret, salt), doc["vault_id"])
        except WrongSecret:
            continue


def unlock_with_recovery_key(doc: dict, recovery_key: str) -> bytearray:
    for key in recovery_candidates(doc, recovery_key):
        return key
    raise WrongSecret("wrong recovery key")


def replace_passphrase_slot(doc: dict, new_slot: dict) -> dict:
    slots = [s for s in doc["slots"] if s.get("type") != "passphrase"]
    return {**doc, "slots": [new_slot, *slots]}


def replace_recovery_slot(doc: dict, new_slot: dict) -> dict:
    slots = [s for s in doc["slots"] if s.get("type") != "recovery"]
    return {**doc, "slots": [*slots, new_slot]}


def keep_slots_of(doc: dict, data_key: bytes | bytearray) -> dict:
    """``doc`` without the slots of any other data key (those left by an unfinished rotation);
    slots written before key ids existed are kept."""
    wanted = key_id(data_key)
    slots = [s for s in doc["slots"] if s.get("key_id", wanted) == wanted]
    return {**doc, "slots": slots}


def has_other_keys(doc: dict, data_key: bytes | bytearray) -> bool:
    wanted = key_id(data_key)
    return any(s.get("key_id", wanted) != wanted for s in doc["slots"])


def weak_kdf_slots(doc: dict) -> list[KdfParams]:
    """Passphrase slots whose KDF is below the floor new slots get."""
    found = []
    for slot in doc["slots"]:
        if slot.get("type") == "passphrase":
            params = KdfParams.from_stored(slot.get("kdf"))
            if params.below_floor:
                found.append(params)
    return found


def verify_slot(slot: dict, vault_id: str, secret: str, expected: bytes | bytearray) -> None:
    """Prove a new slot before it is written: it must unwrap, with ``secret``, to exactly
    ``expected`` (and carry its key id)."""
    doc = {"vault_id": vault_id, "slots": [slot]}
    if slot["type"] == "passphrase":
        keys = list(passphrase_candidates(doc, secret))
    else:
        keys = list(recovery_candidates(doc, secret))
    expected = bytes(expected)
    if len(keys) != 1 or bytes(keys[0]) != expected or slot.get("key_id") != key_id(expected):
        raise KeyFileDamaged("a new key slot did not verify; nothing was written")
    if expected == bytes(len(expected)):
        raise KeyFileDamaged("refusing to write a slot for an all-zero key")
