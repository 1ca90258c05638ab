"""Repository: every field stored and returned, history, trash, search and filters."""

import copy
import dataclasses
import json
from datetime import date

import pytest
import sqlite_utils

from profileeditor.core import catalogue
from profileeditor.core.errors import StorageBug
from profileeditor.core.model import RECORDS, all_columns
from profileeditor.core.repository import Filters, InvalidProfile, ProfileNotFound
from profileeditor.core.schema_doc import field_paths


def schema_columns() -> set[tuple[str, str]]:
    """(table, column) for every leaf of the interchange schema, through its catalogue entry."""
    out = set()
    for path in field_paths():
        entry = catalogue.get(path)  # KeyError: a schema field nobody catalogued
        lang = path.rsplit(".", 1)[1] if entry.kind == "text" else ""
        column = f"{entry.col}_{lang}" if lang else entry.col
        out.add((entry.record.table, column))
    return out


def stored_columns(records) -> set[tuple[str, str]]:
    return {(t, c) for t, record in records.items() for c in all_columns(record)}


def test_every_schema_field_has_a_column():
    """Exact, both ways: every schema leaf has its own column in its record's table, and every
    column of RECORDS stands for a schema leaf — a property without a column would be dropped on
    save, a column without a property is a field the interchange format cannot carry."""
    assert schema_columns() == stored_columns(RECORDS)


def test_the_schema_coverage_check_can_fail():
    """The old check passed any path whose last word matched some column ("code" matched all);
    this one notices a single missing column."""
    detentions = RECORDS["detentions"]
    fewer = dataclasses.replace(
        detentions, fields=tuple(f for f in detentions.fields if f.key != "arrest_place")
    )
    gaps = schema_columns() - stored_columns({**RECORDS, "detentions": fewer})
    assert gaps == {("detentions", "arrest_place_ar"), ("detentions", "arrest_place_en")}


def test_sample_round_trip_gives_back_every_field(demo_vault, sample_profiles):
    """Stored and read back, each profile equals the imported one (photos as re-encoded)."""
    repo = demo_vault.repository
    for original in sample_profiles:
        stored = repo.get_profile(original["id"])
        expected = copy.deepcopy(original)
        for a_exp, a_got in zip(
            expected.get("attachments", []), stored.get("attachments", []), strict=True
        ):
            assert a_got["sha256"] != a_exp["sha256"]  # photos were re-encoded without metadata
            a_exp.update(data=a_got["data"], sha256=a_got["sha256"], media_type=a_got["media_type"])
        assert stored == expected


def test_database_is_readable_through_sqlite_utils_on_the_keyed_connection(demo_vault):
    db = sqlite_utils.Database(demo_vault.repository.conn)
    assert db["profiles"].count == 8
    assert "search_index" in db.table_names()


def test_update_writes_one_revision_per_changed_field(demo_vault, sample_profiles):
    repo = demo_vault.repository
    repo.set_setting("author_name", "Researcher A")
    profile = repo.get_profile(sample_profiles[0]["id"])
    profile["name"]["en"] = "Salma A. Mansour"
    profile["cases"][0]["proceedings"][1]["outcome"] = "released"
    profile["tags"].append("new tag")
    changed = repo.update_profile(profile)
    case_id = profile["cases"][0]["id"]
    proc_id = profile["cases"][0]["proceedings"][1]["id"]
    assert set(changed) == {"name.en", "tags", f"cases[{case_id}].proceedings[{proc_id}].outcome"}
    history = [r for r in repo.history(profile["id"]) if r.field != "*"]
    assert {r.field for r in history} == set(changed)
    name_rev = next(r for r in history if r.field == "name.en")
    assert (name_rev.old, name_rev.new, name_rev.author) == (
        "Salma Abdel-Raouf Mansour",
        "Salma A. Mansour",
        "Researcher A",
    )
    assert repo.get_profile(profile["id"])["name"]["en"] == "Salma A. Mansour"
    assert repo.update_profile(profile) == []  # no change, no revision


def test_update_keeps_the_row_key_and_updates_timestamp(demo_vault, sample_profiles):
    repo = demo_vault.repository
    pid = sample_profiles[1]["id"]
    pk = repo.search("", limit=100)
    pk_before = next(s.pk for s in pk if s.id == pid)
    profile = repo.get_profile(pid)
    profile["bio"]["ar"] += " تحديث"
    repo.update_profile(profile)
    after = repo.get_profile(pid)
    assert after["updated_at"] != profile["updated_at"]
    assert after["created_at"] == profile["created_at"]
    assert next(s.pk for s in repo.search("", limit=100) if s.id == pid) == pk_before


def test_trash_restore_purge(demo_vault, sample_profiles):
    repo = demo_vault.repository
    pid = sample_profiles[2]["id"]
    repo.delete_profile(pid)
    assert repo.count() == 7
    assert [s.id for s in repo.search(filters=Filters(trash=True))] == [pid]
    repo.restore_profile(pid)
    assert repo.count() == 8 and repo.count(filters=Filters(trash=True)) == 0
    repo.delete_profile(pid)
    repo.purge_profile(pid)
    with pytest.raises(ProfileNotFound):
        repo.get_profile(pid)
    assert repo.history(pid) == []
    # children went with it
    assert repo.conn.execute("SELECT count(*) FROM detentions").fetchone()[0] == 7


def test_create_refuses_nameless_or_duplicate(vault):
    repo = vault.repository
    with pytest.raises(InvalidProfile):
        repo.create_profile({"name": {"ar": "", "en": ""}})
    pid = repo.create_profile({"name": {"ar": "اسم"}})
    with pytest.raises(InvalidProfile):
        repo.create_profile({"id": pid, "name": {"ar": "اسم"}})
    assert repo.count() == 1


def test_failed_write_leaves_nothing_half_written(vault):
    repo = vault.repository
    pid = repo.create_profile({"name": {"en": "Whole"}, "cases": [{"id": "c1", "number": "1"}]})
    broken = repo.get_profile(pid)
    broken["cases"].append({"id": "c2", "year": object()})  # cannot be stored
    with pytest.raises(StorageBug):  # our fault, not the disk's: reported as a bug
        repo.update_profile(broken)
    assert repo.get_profile(pid)["cases"] == [{"id": "c1", "number": "1"}]


@pytest.mark.parametrize(
    ("query", "expected_en"),
    [
        ("أحمد", "Ahmed Test"),  # stored as احمد
        ("اعتقل", "Ahmed Test"),  # bio has اعتُقِل
        ("عـلاء", "Alaa Test"),  # tatweel in the query
        ("١٣٦٥", "Alaa Test"),  # case 1365 in Arabic-Indic digits
        ("2017", "Alaa Test"),  # case year
        ("Ahm", "Ahmed Test"),  # prefix, as you type
        ("نشر أخبار", "Alaa Test"),  # charge label
        ("طرة", "Ahmed Test"),  # facility
        ("COP27", "Alaa Test"),  # tag
        ("الشهير", "Ahmed Test"),  # alias
    ],
)
def test_search_is_arabic_aware(vault, query, expected_en):
    repo = vault.repository
    repo.create_profile(
        {
            "name": {"ar": "احمد سمير", "en": "Ahmed Test"},
            "aliases": ["الشهير بأبي سمير"],
            "bio": {"ar": "اعتُقِل من منزله"},
            "detentions": [
                {"id": "d", "arrest_date": "2020", "facilities": [{"name": {"ar": "سجن طرة"}}]}
            ],
        }
    )
    repo.create_profile(
        {
            "name": {"ar": "علاء محمود", "en": "Alaa Test"},
            "tags": ["COP27"],
            "cases": [
                {"id": "c", "number": "1365", "year": 2017, "charges": ["spreading_false_news"]}
            ],
        }
    )
    assert [s.name_en for s in repo.search(query)] == [expected_en]


def test_filters_and_sorts(demo_vault):
    repo = demo_vault.repository
    today = date(2026, 11, 24)
    assert repo.count(filters=Filters(status="detained")) == 3
    assert repo.count(filters=Filters(profession="journalist")) >= 1
    assert repo.count(filters=Filters(prosecution="supreme_state_security")) >= 1
    assert repo.count(filters=Filters(consent="full")) == 5
    assert repo.count(filters=Filters(facility="Badr 1 Prison")) >= 1
    beyond = repo.count(filters=Filters(beyond_limit=True), today=today)
    within = repo.count(filters=Filters(beyond_limit=False), today=today)
    assert beyond + within == 8 and beyond > 0
    days = [s.days_detained for s in repo.search(sort="days", descending=True, today=today)]
    assert days == sorted(days, reverse=True)
    names = [s.name_en for s in repo.search(sort="name")]
    assert names == sorted(names, key=str.casefold)
    ar_names = [s.name_ar for s in repo.search(sort="name", lang="ar")]
    assert len(ar_names) == 8


def test_legal_limit_is_a_vault_setting(demo_vault):
    repo = demo_vault.repository
    today = date(2026, 11, 24)
    default = repo.count(filters=Filters(beyond_limit=True), today=today)
    repo.set_setting("legal_limit_days", 100_000)
    assert repo.count(filters=Filters(beyond_limit=True), today=today) == 0
    repo.set_setting("legal_limit_days", 730)
    assert repo.count(filters=Filters(beyond_limit=True), today=today) == default


def test_settings_live_in_the_database(vault):
    vault.repository.set_setting("author_name", "باحثة")
    assert vault.repository.get_setting("author_name") == "باحثة"
    assert (
        json.loads(
            vault.repository.conn.execute(
                "SELECT value FROM settings WHERE key = 'author_name'"
            ).fetchone()[0]
        )
        == "باحثة"
    )


def test_list_figures_agree_with_computed_facts(demo_vault):
    from profileeditor.core.facts import compute

    repo = demo_vault.repository
    for today in (date(2024, 1, 1), date(2026, 11, 24), date(2030, 6, 1)):
        for row in repo.search(today=today):
            facts = compute(repo.get_profile(row.id), today)
            assert row.days_detained == facts.current_days
            assert row.beyond_limit == facts.beyond_legal_limit


def _index_names(repo) -> set[str]:
    rows = repo.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {r[0] for r in rows}


def test_bulk_import_builds_the_same_indexes_at_the_end(vault, sample_profiles):
    from profileeditor.core import schema

    repo = vault.repository
    before = _index_names(repo)
    assert set(schema.DEFERRABLE_INDEXES) <= before
    repo.import_profiles(sample_profiles, bulk=True)
    assert _index_names(repo) == before
    assert repo.get_setting(schema.DEFERRED_INDEXES_SETTING) is None
    assert [s.name_en for s in repo.search("سلمى")] == ["Salma Abdel-Raouf Mansour"]


def test_indexes_deferred_by_an_interrupted_import_come_back_on_open(vault, sample_profiles):
    from profileeditor.core import schema
    from profileeditor.core.vault import Vault

    repo = vault.repository
    before = _index_names(repo)
    with repo.transaction() as conn:  # as a bulk import does first; then the process dies
        schema.defer_indexes(conn)
    repo.import_profiles(sample_profiles)
    assert not set(schema.DEFERRABLE_INDEXES) & _index_names(repo)
    path = vault.path
    vault.lock()
    with Vault.open(path, "correct horse battery staple", auto_backup=False) as again:
        assert _index_names(again.repository) == before
        assert again.check() == []


def test_empty_trash_purges_only_the_trash(demo_vault, sample_profiles):
    repo = demo_vault.repository
    gone = [sample_profiles[0]["id"], sample_profiles[1]["id"]]
    for pid in gone:
        repo.delete_profile(pid)
    assert repo.empty_trash() == 2
    assert repo.count() == 6 and repo.count(filters=Filters(trash=True)) == 0
    assert all(repo.history(pid) == [] for pid in gone)
    assert repo.get_profiles(gone) == []
    assert repo.search("سلمى") == []  # out of the search index too
