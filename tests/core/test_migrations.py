"""Schema migrations: a small vault per past schema version under tests/fixtures opens and
upgrades with today's code (TagStudio's practice)."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from profileeditor.core import schema
from profileeditor.core.facts import compute
from profileeditor.core.vault import Vault, VaultError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixture passphrase"


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_past_schema_vault_opens_and_upgrades(tmp_path, version):
    source = FIXTURES / f"schema-v{version}.pevault"
    assert source.is_dir(), f"keep a fixture vault for schema version {version}"
    copy = shutil.copytree(source, tmp_path / source.name)
    with Vault.open(copy, FIXTURE_PASSPHRASE, auto_backup=False) as vault:
        conn = vault.repository.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert vault.check() == []
        assert vault.repository.count() == 8
        assert len(vault.repository.search("سلمى")) == 1
        # derived columns added by later versions are filled in for the old rows
        today = date(2026, 11, 24)
        repo = vault.repository
        for row in repo.search(today=today):
            facts = compute(repo.get_profile(row.id), today)
            assert row.days_detained == facts.current_days
            assert row.beyond_limit == facts.beyond_legal_limit


def test_a_newer_schema_is_refused_not_damaged(vault):
    vault.repository.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    path = vault.path
    vault.lock()
    with pytest.raises(VaultError, match="newer Profile Editor"):
        Vault.open(path, "correct horse battery staple")
