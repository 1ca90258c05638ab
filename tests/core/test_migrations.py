"""Schema migrations: a small vault per schema version under tests/fixtures (made by
tests/fixtures/make_fixture_vault.py) opens with today's code and upgrades to exactly the schema of
a fresh vault; the fresh schema holds exactly the catalogue's columns (TagStudio's practice)."""

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from profileeditor.core import facts, repository, schema
from profileeditor.core.facts import compute
from profileeditor.core.model import RECORDS, all_columns
from profileeditor.core.vault import Vault, VaultError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixture passphrase"
sys.path.insert(0, str(FIXTURES))
import make_fixture_vault  # noqa: E402  (a script beside the fixtures, not a package)


def introspect(conn) -> dict:
    """Tables with their columns, indexes and triggers, read through sqlite-utils on the keyed
    SQLCipher connection — everything of the schema except the data."""
    db = sqlite_utils.Database(conn)
    out = {}
    for name in db.table_names():
        table = db[name]
        out[name] = {
            "columns": [
                (c.name, c.type, c.notnull, c.default_value, c.is_pk) for c in table.columns
            ],
            "indexes": sorted((i.name, tuple(i.columns), i.unique) for i in table.indexes),
            "triggers": sorted((t.name, t.sql) for t in table.triggers),
            "virtual": table.schema if table.virtual_table_using else None,
        }
    out["views"] = sorted(db.view_names())
    return out


def open_copy(source: Path, tmp_path: Path) -> Vault:
    assert source.is_dir(), f"keep a fixture vault for {source.name}"
    copy = shutil.copytree(source, tmp_path / source.name)
    return Vault.open(copy, FIXTURE_PASSPHRASE, auto_backup=False)


@pytest.fixture
def fresh_schema(vault) -> dict:
    return introspect(vault.repository.conn)


FIXTURE_VERSIONS = sorted(
    int(p.name.removeprefix("schema-v").removesuffix(".pevault"))
    for p in FIXTURES.glob("schema-v*.pevault")
)


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_every_past_schema_version_has_its_fixture_vault(version):
    """Adding schema version N+1 without first freezing version N's vault fails here:
    run ``python3 tests/fixtures/make_fixture_vault.py`` before writing the migration."""
    assert version in FIXTURE_VERSIONS, (
        f"no fixture vault for schema version {version}: make it with "
        "tests/fixtures/make_fixture_vault.py before adding the next migration"
    )


@pytest.mark.parametrize("version", FIXTURE_VERSIONS)
def test_past_schema_vault_opens_and_upgrades(tmp_path, version, fresh_schema):
    with open_copy(FIXTURES / f"schema-v{version}.pevault", tmp_path) as vault:
        conn = vault.repository.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert introspect(conn) == fresh_schema
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
            assert row.warnings == facts.warnings


def test_the_fresh_schema_holds_exactly_the_catalogue_columns(fresh_schema):
    """A catalogue field without a migration adding its column (or a migration adding a column
    no field declares) fails here."""
    for table, record in RECORDS.items():
        have = [c[0] for c in fresh_schema[table]["columns"]]
        want = ["pk"] + (["parent_pk", "position"] if record.parent_table else [])
        want += all_columns(record)
        if table == "profiles":
            want += list(schema.DERIVED_PROFILE_COLUMNS)
        assert sorted(have) == sorted(want), f"table {table}"


def test_the_fixture_script_makes_each_version(tmp_path, fresh_schema):
    """The script keeps working: an old version made today upgrades to today's schema."""
    for version in sorted({1, schema.SCHEMA_VERSION}):
        out = make_fixture_vault.make(tmp_path / f"v{version}.pevault", version)
        with Vault.open(out, FIXTURE_PASSPHRASE, auto_backup=False) as vault:
            assert introspect(vault.repository.conn) == fresh_schema
            assert vault.check() == []
            assert len(vault.repository.search("سلمى")) == 1


def test_migrations_are_frozen_sql():
    """A migration must not read today's field list: that is how a fresh vault and an upgraded
    one came to differ (the old _v1 built its tables from model.RECORDS)."""
    source = Path(schema.__file__).read_text(encoding="utf-8")
    for banned in ("RECORDS", "all_columns", "catalogue"):
        assert f"import {banned}" not in source and f"{banned}(" not in source, banned
    assert "from profileeditor.core" not in source


def test_a_newer_schema_is_refused_not_damaged(vault):
    vault.repository.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    path = vault.path
    vault.lock()
    with pytest.raises(VaultError, match="newer Profile Editor"):
        Vault.open(path, "correct horse battery staple")


def _contradicting_profiles() -> list[dict]:
    """One record per warning of core/facts.py, and near misses that are no contradiction
    (partial dates that may overlap)."""

    def person(n: int, **kw) -> dict:
        return {"id": f"00000000-0000-4000-8000-{n:012d}", "name": {"en": f"P{n}"}, **kw}

    def held(n: int, arrest: str, **kw) -> dict:
        return person(n, detentions=[{"id": f"d{n}", "arrest_date": arrest}], **kw)

    def session(n: int, arrest: str, day: str) -> dict:
        cases = [{"id": f"c{n}", "proceedings": [{"id": f"s{n}", "date": day}]}]
        return held(n, arrest, cases=cases)

    reversed_dates = held(3, "2021-05", status="released")
    reversed_dates["detentions"][0]["release_date"] = "2021-04-30"
    held_but_released = held(4, "2020-01-01", status="detained")
    held_but_released["detentions"][0]["release_date"] = "2021-01-01"
    return [
        person(1),
        held(2, "2019-09-29", status="released"),
        reversed_dates,
        held_but_released,
        held(5, "2019-03-10", birth_date="2019-05"),
        held(6, "2019-03", birth_date="2019"),
        held(7, "2019", birth_date="2019-02-01"),
        session(8, "2020-06-15", "2020-05"),
        session(9, "2020-06-15", "2020-06"),
        session(10, "2020", "2019-12-31"),
        session(11, "2020-06-15", "2020-06-15"),
    ]


def test_an_old_vault_opens_with_the_warnings_core_facts_computes(vault, monkeypatch):
    """Stored warnings come from core/facts.py alone: a vault whose rows have none yet (upgraded
    from v4, or stored under older rules: no "warnings_version" setting, or an older one) gets
    them computed on open; an open with current warnings writes nothing."""
    repo = vault.repository
    profiles = _contradicting_profiles()
    for profile in profiles:
        repo.create_profile(profile)
    expected = {p["id"]: " ".join(compute(p).warnings) or None for p in profiles}
    assert sum(1 for w in expected.values() if w) == 6  # the cases above, each flagged once
    conn = repo.conn
    # As a v4 vault upgraded by v5 (the column added, empty) or one stored under other rules.
    conn.execute("UPDATE profiles SET warnings = 'session_before_arrest' WHERE name_en = 'P1'")
    conn.execute("UPDATE profiles SET warnings = NULL WHERE name_en <> 'P1'")
    conn.execute("DELETE FROM settings WHERE key = 'warnings_version'")
    path = vault.path
    vault.lock()
    with Vault.open(path, "correct horse battery staple", auto_backup=False) as reopened:
        conn = reopened.repository.conn
        assert dict(conn.execute("SELECT id, warnings FROM profiles")) == expected
        assert reopened.repository.get_setting("warnings_version") == facts.WARNINGS_VERSION
        # Current: nothing computed again (a row changed behind its back stays as it is).
        conn.execute("UPDATE profiles SET warnings = 'x' WHERE name_en = 'P1'")
        assert reopened.repository.refresh_warnings() == 0
        # New rules (a bumped version): everything computed again, only the changed row written.
        monkeypatch.setattr(repository, "WARNINGS_VERSION", facts.WARNINGS_VERSION + 1)
        assert reopened.repository.refresh_warnings() == 1
        assert dict(conn.execute("SELECT id, warnings FROM profiles")) == expected
