"""Forged bundles, as the audit made them, each refused with nothing written — and the colleague
they impersonate still gets through next time.

The attacker knows what is public by design: the victim's age public key and the colleague's
vault id (plaintext in ``vault.key``). Each forgery is built with pyrage and gzip only, the way an
attacker would, so that the same test also runs against the unsigned exchange of before (where
every one of them was merged silently: "1 updated, 0 in conflict").
"""

from __future__ import annotations

import gzip
import json
import re
import uuid

import pyrage
from pyrage import x25519

from profileeditor.core.vault import Vault

PASSPHRASE = "cli test passphrase"


def _age_key(run_cli, vault) -> str:
    out = run_cli("identity", vault)
    assert out.returncode == 0, out.stderr
    return re.search(r"age1[0-9a-z]+", out.stdout).group(0)


def _identity_line(run_cli, vault) -> str:
    return run_cli("identity", vault).stdout.splitlines()[0]


def _listing(run_cli, vault) -> list:
    return json.loads(run_cli("list", vault, "--json").stdout)


def _age_secret(path) -> str:
    with Vault.open(path, PASSPHRASE, auto_backup=False) as vault:
        return vault.repository.get_setting("age_identity")


def _vault_id(path) -> str:
    return json.loads((path / "vault.key").read_text())["vault_id"]


def _setup(run_cli, tmp_path):
    """Victim V and colleague A, who know each other (contacts, verified); A has sent once."""
    victim, colleague = tmp_path / "victim.pevault", tmp_path / "colleague.pevault"
    assert run_cli("init", victim).returncode == 0
    assert run_cli("demo", colleague).returncode == 0
    # Before signatures there was no contact book: there these two commands fail and do nothing.
    run_cli("contact", "add", victim, "Colleague", _identity_line(run_cli, colleague), "--verified")
    run_cli("contact", "add", colleague, "Victim", _identity_line(run_cli, victim), "--verified")
    first = tmp_path / "first.age"
    out = run_cli("bundle", "export", colleague, "--out", first, "--to", _age_key(run_cli, victim))
    assert out.returncode == 0, out.stderr
    assert run_cli("bundle", "import", victim, first).returncode == 0
    return victim, colleague


def _refused_and_untouched(run_cli, victim, path, before):
    out = run_cli("bundle", "import", victim, path)
    assert out.returncode == 5, out.stdout
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert _listing(run_cli, victim) == before
    return out


def _genuine_still_accepted(run_cli, victim, colleague, tmp_path):
    profile_id = _listing(run_cli, colleague)[0]["id"]
    path = tmp_path / f"genuine-{uuid.uuid4().hex[:6]}.age"
    out = run_cli(
        "bundle",
        "export",
        colleague,
        "--out",
        path,
        "--to",
        _age_key(run_cli, victim),
        "--id",
        profile_id,
    )
    assert out.returncode == 0, out.stderr
    out = run_cli("bundle", "import", victim, path)
    assert out.returncode == 0, out.stderr


def _forged_profile(profile_id: str) -> dict:
    return {"id": profile_id, "name": {"en": "Forged"}, "status": "released"}


def test_a_stranger_sealing_to_the_victims_public_key_is_refused(run_cli, tmp_path):
    victim, colleague = _setup(run_cli, tmp_path)
    before = _listing(run_cli, victim)
    stranger = tmp_path / "stranger.pevault"
    assert run_cli("demo", stranger).returncode == 0
    path = tmp_path / "stranger.age"
    out = run_cli("bundle", "export", stranger, "--out", path, "--to", _age_key(run_cli, victim))
    assert out.returncode == 0
    refused = _refused_and_untouched(run_cli, victim, path, before)
    assert "not one of your contacts" in refused.stderr
    _genuine_still_accepted(run_cli, victim, colleague, tmp_path)


def test_claiming_the_colleagues_vault_id_with_a_forged_time_is_refused(run_cli, tmp_path):
    victim, colleague = _setup(run_cli, tmp_path)
    before = _listing(run_cli, victim)
    target = before[0]["id"]
    payload = {
        "format": "profileeditor.bundle",
        "version": 1,
        "vault_id": _vault_id(colleague),
        "created_at": "9999-12-31T23:59:59.999999Z",  # would lock the colleague out
        "document": {
            "format": "profileeditor.profiles",
            "version": 1,
            "level": "internal",
            "profiles": [_forged_profile(target)],
        },
        "modified": {},
        "bases": {},
    }
    plain = gzip.compress(json.dumps(payload).encode())
    path = tmp_path / "forged.age"
    path.write_bytes(pyrage.encrypt(plain, [x25519.Recipient.from_str(_age_key(run_cli, victim))]))
    refused = _refused_and_untouched(run_cli, victim, path, before)
    assert "not signed" in refused.stderr
    _genuine_still_accepted(run_cli, victim, colleague, tmp_path)


def test_a_signature_by_a_key_not_in_contacts_is_refused(run_cli, tmp_path):
    from profileeditor.core.exchange.bundle import build_payload, seal

    victim, colleague = _setup(run_cli, tmp_path)
    before = _listing(run_cli, victim)
    stranger = tmp_path / "stranger.pevault"
    assert run_cli("init", stranger).returncode == 0
    with Vault.open(stranger, PASSPHRASE, auto_backup=False) as vault:
        vault.repository.import_profiles([_forged_profile(before[0]["id"])])
        payload = build_payload(vault, None)
        payload["vault_id"] = _vault_id(colleague)  # claims to be the colleague, signs itself
        sealed = seal(vault, payload, [_age_key(run_cli, victim)])
    path = tmp_path / "signed-by-stranger.age"
    path.write_bytes(sealed)
    refused = _refused_and_untouched(run_cli, victim, path, before)
    assert "not one of your contacts" in refused.stderr
    _genuine_still_accepted(run_cli, victim, colleague, tmp_path)


def test_a_tampered_signed_bundle_is_refused(run_cli, tmp_path):
    """A third recipient opens the colleague's bundle, changes a status, re-seals it to the
    victim with the colleague's signature kept."""
    victim, colleague = _setup(run_cli, tmp_path)
    third = tmp_path / "third.pevault"
    assert run_cli("init", third).returncode == 0
    run_cli("contact", "add", colleague, "Third", _identity_line(run_cli, third), "--verified")
    before = _listing(run_cli, victim)
    path = tmp_path / "to-both.age"
    out = run_cli(
        "bundle",
        "export",
        colleague,
        "--out",
        path,
        "--to",
        _age_key(run_cli, victim),
        "--to",
        _age_key(run_cli, third),
    )
    assert out.returncode == 0, out.stderr
    plain = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(_age_secret(third))])
    if plain.startswith(b"PEBUNDLE2\n"):
        end = plain.index(b"\n", 10)
        head, body = plain[: end + 1], plain[end + 1 :]
    else:
        head, body = b"", plain
    text = gzip.decompress(body).decode()
    assert '"status": "detained"' in text
    forged = head + gzip.compress(
        text.replace('"status": "detained"', '"status": "released"', 1).encode()
    )
    (tmp_path / "tampered.age").write_bytes(
        pyrage.encrypt(forged, [x25519.Recipient.from_str(_age_key(run_cli, victim))])
    )
    refused = _refused_and_untouched(run_cli, victim, tmp_path / "tampered.age", before)
    assert "altered" in refused.stderr or "re-sealed" in refused.stderr
    _genuine_still_accepted(run_cli, victim, colleague, tmp_path)


def test_a_replay_is_refused_and_the_colleague_is_not_locked_out(run_cli, tmp_path):
    victim, colleague = _setup(run_cli, tmp_path)
    key = _age_key(run_cli, victim)
    old = tmp_path / "old.age"
    assert run_cli("bundle", "export", colleague, "--out", old, "--to", key).returncode == 0
    assert run_cli("bundle", "import", victim, old).returncode == 0
    before = _listing(run_cli, victim)
    refused = _refused_and_untouched(run_cli, victim, old, before)
    assert "already imported" in refused.stderr
    _genuine_still_accepted(run_cli, victim, colleague, tmp_path)
