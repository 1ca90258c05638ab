"""Bounded input: a bundle expands only as far as its signed header says and its profiles can
need, checked while it streams; a sealed file over the cap is not even decrypted. Each refused
bundle writes nothing; the same holds for passphrase bundles."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import tracemalloc

import pyrage
import pytest
from pyrage import passphrase as age_passphrase

from profileeditor.core.exchange import BundleError, contacts
from profileeditor.core.exchange import bundle as bundle_module
from profileeditor.core.exchange.bundle import MAGIC, _signed_message, import_bundle
from profileeditor.core.exchange.keys import own_keys
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault


@pytest.fixture
def pair(tmp_path):
    a = Vault.create(tmp_path / "a.pevault", "p", KdfParams.insecure_for_tests())[0]
    b = Vault.create(tmp_path / "b.pevault", "p", KdfParams.insecure_for_tests())[0]
    contacts.add(a.repository, "b", own_keys(b.repository).public, True)
    contacts.add(b.repository, "a", own_keys(a.repository).public, True)
    yield a, b
    a.lock()
    b.lock()


def _signed(sender, body: bytes, plain_size: int, profiles: int, recipients: list[str]) -> bytes:
    keys = own_keys(sender.repository)
    header = {
        "signer": keys.public.text,
        "recipients": sorted(recipients),
        "body_sha512": hashlib.sha512(body).hexdigest(),
        "body_size": len(body),
        "plain_size": plain_size,
        "profiles": profiles,
    }
    header["sig"] = base64.b64encode(keys.sign(_signed_message(header))).decode()
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + body


def _bomb(size: int) -> bytes:
    # a payload-shaped prefix, then zeros: compresses a thousandfold
    return gzip.compress(b'{"format": "profileeditor.bundle", "pad": "' + b"0" * size + b'"}')


def test_a_bomb_declaring_its_true_size_is_refused_before_inflating(pair, tmp_path):
    a, b = pair
    body = _bomb(64 * 1024 * 1024)
    assert len(body) < 200_000  # 64 MiB from a fifth of a megabyte
    to_b = own_keys(b.repository).public.age
    plain = _signed(a, body, len(gzip.decompress(body)), 0, [to_b])
    path = tmp_path / "bomb.age"
    path.write_bytes(pyrage.encrypt(plain, [bundle_module.parse_recipient(to_b)]))
    with pytest.raises(BundleError, match="more content than its profiles can need"):
        import_bundle(b, path)
    assert b.repository.count() == 0


def test_a_bomb_lying_about_its_size_stops_while_streaming(pair, tmp_path):
    a, b = pair
    body = _bomb(64 * 1024 * 1024)
    to_b = own_keys(b.repository).public.age
    plain = _signed(a, body, 10_000, 0, [to_b])
    path = tmp_path / "liar.age"
    path.write_bytes(pyrage.encrypt(plain, [bundle_module.parse_recipient(to_b)]))
    tracemalloc.start()
    with pytest.raises(BundleError, match="larger than it declares"):
        import_bundle(b, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # never near the 64 MiB it would expand to
    assert b.repository.count() == 0


def test_a_passphrase_bomb_is_refused_the_same_way(pair, tmp_path):
    a, b = pair
    body = _bomb(32 * 1024 * 1024)
    plain = _signed(a, body, 5_000, 0, ["passphrase"])
    path = tmp_path / "pass-bomb.age"
    path.write_bytes(age_passphrase.encrypt(plain, "shared secret"))
    with pytest.raises(BundleError, match="larger than it declares"):
        import_bundle(b, path, passphrase="shared secret")
    assert b.repository.count() == 0


def test_a_sealed_file_over_the_cap_is_not_decrypted(pair, tmp_path, monkeypatch):
    a, b = pair
    a.repository.import_profiles(
        [{"id": "3c4b7e5e-1111-4a1a-9a1a-000000000001", "name": {"en": "X"}}]
    )
    path = tmp_path / "big.age"
    bundle_module.write_bundle(a, None, path, contacts=["b"])
    monkeypatch.setattr(bundle_module, "MAX_BUNDLE_BYTES", path.stat().st_size - 1)
    with pytest.raises(BundleError, match="too large for a bundle"):
        import_bundle(b, path)
    monkeypatch.undo()
    assert len(import_bundle(b, path).added) == 1


def test_the_cap_follows_the_number_of_profiles():
    assert bundle_module.plain_cap(0, 500_000) < 3 * 1024 * 1024
    assert bundle_module.plain_cap(1000, 10_000_000) > 500 * 1024 * 1024
    assert bundle_module.plain_cap(10**9, 10**9) == bundle_module.MAX_PLAIN_BYTES


def test_deeply_nested_or_malformed_payloads_are_one_clear_refusal(pair, tmp_path):
    a, b = pair
    to_b = own_keys(b.repository).public.age
    for name, content in (
        ("nested", b"[" * 200_000 + b"]" * 200_000),
        ("not-json", b"{nope"),
        ("wrong-shape", json.dumps({"format": "profileeditor.bundle", "version": 2}).encode()),
        (
            "bad-states",
            json.dumps(
                {
                    "format": "profileeditor.bundle",
                    "version": 2,
                    "bundle_id": "x",
                    "seq": 1,
                    "created_at": "2026-01-01T00:00:00Z",
                    "document": {"format": "profileeditor.profiles", "version": 1, "profiles": []},
                    "states": {"p": {"status": ["zz", 1, []]}},
                    "known": {},
                    "acks": {},
                }
            ).encode(),
        ),
    ):
        body = gzip.compress(content)
        plain = _signed(a, body, len(content), 0, [to_b])
        path = tmp_path / f"{name}.age"
        path.write_bytes(pyrage.encrypt(plain, [bundle_module.parse_recipient(to_b)]))
        with pytest.raises(BundleError) as refused:
            import_bundle(b, path)
        assert "\n" not in str(refused.value), name
    assert b.repository.count() == 0
