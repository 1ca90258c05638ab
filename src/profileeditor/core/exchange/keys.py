"""A vault's exchange identity: an age X25519 key (others encrypt to it) and an Ed25519 key (it
signs every bundle), both secrets inside the encrypted database.

The public half travels as one line, ``pe1:<age public key>:<Ed25519 public key, base64url>``.
age alone authenticates no sender — anyone who knows a public key can seal to it — so a bundle
is trusted only through the signing key, which the receiver must already hold as a contact.
People check that they hold the right key by comparing a *safety number* (as Signal does): 60
digits in 12 groups, computed from both identities sorted, so it reads the same on both sides.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from profileeditor.core.messages import MessageError, message

SETTING_AGE = "age_identity"
SETTING_SIGNING = "signing_key"
PREFIX = "pe1"
_ITERATIONS = 5200  # Signal's fingerprint iterations: makes a second pre-image search costly


class IdentityError(MessageError, ValueError):
    """Text that is not a Profile Editor identity line; the message is for the user."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class PublicIdentity:
    age: str  # age1…
    signing: bytes  # 32 bytes of Ed25519 public key

    @property
    def text(self) -> str:
        return f"{PREFIX}:{self.age}:{_b64(self.signing)}"

    @property
    def origin(self) -> str:
        """A short stable name of the signing key: the author of field versions."""
        return hashlib.sha256(self.signing).hexdigest()[:16]

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def code(self) -> str:
        """This identity's half of a safety number: 30 digits."""
        digest = self.text.encode("ascii")
        for _ in range(_ITERATIONS):
            digest = hashlib.sha512(digest + self.text.encode("ascii")).digest()
        return "".join(
            f"{int.from_bytes(digest[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)
        )


def parse_identity(text: str) -> PublicIdentity:
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise IdentityError(message("identity.not_an_identity"))
    try:
        x25519.Recipient.from_str(parts[1])
        signing = _unb64(parts[2])
        Ed25519PublicKey.from_public_bytes(signing)
    except Exception as exc:  # pyrage's RecipientError, binascii and ValueError alike
        raise IdentityError(message("identity.damaged")) from exc
    return PublicIdentity(parts[1], signing)


def group(digits: str) -> str:
    return " ".join(digits[i : i + 5] for i in range(0, len(digits), 5))


def safety_number(a: PublicIdentity, b: PublicIdentity) -> str:
    """60 digits in groups of five, the same whichever side computes it."""
    return group("".join(sorted((a.code(), b.code()))))


@dataclass
class OwnKeys:
    age: x25519.Identity
    signing: Ed25519PrivateKey

    @property
    def public(self) -> PublicIdentity:
        raw = self.signing.public_key().public_bytes_raw()
        return PublicIdentity(str(self.age.to_public()), raw)

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message)


def own_keys(repository) -> OwnKeys:
    """This vault's keys, made on first use; they never leave the encrypted database."""
    age_secret = repository.get_setting(SETTING_AGE)
    signing_secret = repository.get_setting(SETTING_SIGNING)
    if not age_secret or not signing_secret:
        with repository.transaction():
            if not age_secret:
                age_secret = str(x25519.Identity.generate())
                repository.set_setting(SETTING_AGE, age_secret)
            if not signing_secret:
                signing_secret = Ed25519PrivateKey.generate().private_bytes_raw().hex()
                repository.set_setting(SETTING_SIGNING, signing_secret)
    return OwnKeys(
        x25519.Identity.from_str(age_secret),
        Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_secret)),
    )
