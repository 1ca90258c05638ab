"""Checking a recovery key or the passphrase against the open vault changes nothing on disk and
says yes only for the secret that opens the vault's current data key."""

from __future__ import annotations

import pytest
from tests.conftest import PASSPHRASE

from profileeditor.core import secret_check
from profileeditor.core.keyfile import KdfParams
from profileeditor.core.vault import Vault, VaultLocked


def _snapshot(folder):
    return {
        p.relative_to(folder): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name == "vault.key"
    }


@pytest.fixture
def made(tmp_path):
    vault, recovery = Vault.create(
        tmp_path / "v.pevault", PASSPHRASE, KdfParams.insecure_for_tests()
    )
    yield vault, recovery
    if not vault.is_locked:
        vault.lock()


def test_the_right_recovery_key_says_yes_and_changes_nothing(made):
    vault, recovery = made
    before = _snapshot(vault.path)
    assert secret_check.recovery_key_opens(vault, recovery)
    # Typed as people type it: lower case, without dashes, spaces around.
    assert secret_check.recovery_key_opens(vault, "  " + recovery.lower().replace("-", " "))
    assert _snapshot(vault.path) == before


@pytest.mark.parametrize("wrong", ["", "not a key", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"])
def test_a_wrong_recovery_key_says_no(made, wrong):
    vault, _recovery = made
    assert not secret_check.recovery_key_opens(vault, wrong)


def test_a_replaced_recovery_key_no_longer_opens(made):
    vault, old = made
    new, _problems = vault.new_recovery_key()
    assert not secret_check.recovery_key_opens(vault, old)
    assert secret_check.recovery_key_opens(vault, new)


def test_the_passphrase_check(made):
    vault, _recovery = made
    before = _snapshot(vault.path)
    assert secret_check.passphrase_opens(vault, PASSPHRASE)
    assert not secret_check.passphrase_opens(vault, PASSPHRASE + "x")
    assert _snapshot(vault.path) == before


def test_a_locked_vault_is_not_checked(made):
    vault, recovery = made
    vault.lock()
    with pytest.raises(VaultLocked):
        secret_check.recovery_key_opens(vault, recovery)


def test_when_the_reminder_is_due():
    from datetime import date

    today = date(2026, 12, 2)
    assert not secret_check.reminder_due(0, None, today)  # off
    assert not secret_check.reminder_due(None, None, today)
    assert secret_check.reminder_due(14, None, today)  # on, never confirmed
    assert not secret_check.reminder_due(14, "2026-11-20", today)
    assert secret_check.reminder_due(14, "2026-11-18", today)
    assert secret_check.reminder_due(14, "2027-01-01", today)  # the clock was set back
    assert secret_check.reminder_due(14, "garbage", today)
