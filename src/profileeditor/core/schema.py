"""Database schema and migrations, keyed on ``PRAGMA user_version``.

Each version is a function of literal SQL, frozen the day it shipped: a migration never reads the
field catalogue or ``model.RECORDS``, because those describe today's fields — a ``_v1`` built from
them would make a fresh vault that already has a column a later ``_vN`` then adds again (and an
old vault that never gets it). ``migrate`` runs the missing versions in one transaction, so a
crash mid-upgrade leaves the previous version intact.

Adding a version (docs/ARCHITECTURE.md, "How to add a field"):

1. before changing anything, make the fixture vault of today's last version:
   ``python3 tests/fixtures/make_fixture_vault.py`` (writes tests/fixtures/schema-vN.pevault);
2. write ``_vN+1`` here with literal SQL (``ALTER TABLE … ADD COLUMN``, ``CREATE INDEX``…) and
   append it to ``MIGRATIONS``; never edit an earlier one;
3. tests/core/test_migrations.py then checks that every past fixture upgrades to exactly the
   schema of a fresh vault, and that the final tables hold the catalogue's columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable

# Columns of ``profiles`` that the repository derives on every save, for list, filters and sort:
# deleted_at (set while in the trash), sort_name_ar/en (normalised names, for sorting in either
# language), episode_start/end (latest detention episode, ISO days), open_pretrial_start (held
# without sentence since this day, NULL if not), closed_pretrial_days (longest finished pretrial
# period), facility_ar/en (current facility), case_numbers ("1300/2019, 911/2022"), prosecutions
# (space-separated codes of its cases), approximate (a figure counted from a partial date).
# Version 2 adds their day numbers; version 4 agenda_cases (each case's latest session, JSON) and
# agenda_until (the last day those sessions name); version 5 warnings (core/facts.py's codes of
# the record's contradictions, space-separated; NULL when there are none). Version 7 moves
# agenda_cases into a table of its own (see _v7).
DERIVED_PROFILE_COLUMNS = (
    "deleted_at",
    "sort_name_ar",
    "sort_name_en",
    "episode_start",
    "episode_end",
    "open_pretrial_start",
    "closed_pretrial_days",
    "facility_ar",
    "facility_en",
    "case_numbers",
    "prosecutions",
    "approximate",
    "episode_start_day",
    "episode_end_day",
    "open_pretrial_start_day",
    "agenda_until",
    "warnings",
)

# Version 1, as it shipped: one table per record type, children pointing at their parent's
# integer key with ON DELETE CASCADE. Byte for byte the SQL that version's code generated, so that
# sqlite_master of a fresh vault reads the same as an old one's.
_V1_STATEMENTS = (
    (
        'CREATE TABLE profiles (pk INTEGER PRIMARY KEY, "id" TEXT NOT NULL UNIQUE, '
        '"name_ar", "name_en", "aliases", "sex", "birth_date", "nationality", '
        '"governorate_ar", "governorate_en", "profession", "occupation_ar", "occupation_en", '
        '"affiliation_ar", "affiliation_en", "status", "bio_ar", "bio_en", "photo", "tags", '
        '"consent_level", "consent_given_by", "consent_date", "consent_notes", "health_ar", '
        '"health_en", "lawyers_ar", "lawyers_en", "family_contact_ar", "family_contact_en", '
        '"notes_ar", "notes_en", "sensitivity", "created_at", "updated_at", deleted_at TEXT, '
        "sort_name_ar TEXT, sort_name_en TEXT, episode_start TEXT, episode_end TEXT, "
        "open_pretrial_start TEXT, closed_pretrial_days INTEGER NOT NULL DEFAULT 0, "
        "facility_ar TEXT, facility_en TEXT, case_numbers TEXT, prosecutions TEXT, "
        "approximate INTEGER NOT NULL DEFAULT 0)"
    ),
    (
        "CREATE TABLE detentions (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES profiles(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "id", "arrest_date", "arrest_place_ar", '
        '"arrest_place_en", "arrest_manner", "arresting_authority_ar", '
        '"arresting_authority_en", "disappeared_until", "release_date", "release_type")'
    ),
    "CREATE INDEX detentions_parent ON detentions(parent_pk, position)",
    (
        "CREATE TABLE facilities (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES detentions(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "name_ar", "name_en", "from_date", "to_date")'
    ),
    "CREATE INDEX facilities_parent ON facilities(parent_pk, position)",
    (
        "CREATE TABLE cases (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES profiles(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "id", "number", "year", "prosecution", "court_ar", '
        '"court_en", "joined_date", "recycled_from", "sentence_date", '
        '"sentence_term_months", "sentence_court_ar", "sentence_court_en", '
        '"sentence_appeal_ar", "sentence_appeal_en", "notes_ar", "notes_en")'
    ),
    "CREATE INDEX cases_parent ON cases(parent_pk, position)",
    (
        "CREATE TABLE charges (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES cases(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "code")'
    ),
    "CREATE INDEX charges_parent ON charges(parent_pk, position)",
    (
        "CREATE TABLE proceedings (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES cases(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "id", "date", "type", "authority_ar", "authority_en", '
        '"outcome", "renewal_days", "next_date", "present", "notes_ar", "notes_en")'
    ),
    "CREATE INDEX proceedings_parent ON proceedings(parent_pk, position)",
    (
        "CREATE TABLE events (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES profiles(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "id", "date", "end_date", "type", "description_ar", '
        '"description_en", "sources")'
    ),
    "CREATE INDEX events_parent ON events(parent_pk, position)",
    (
        "CREATE TABLE sources (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES profiles(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "id", "title", "kind", "url", "date", "reliability", '
        '"notes", "level")'
    ),
    "CREATE INDEX sources_parent ON sources(parent_pk, position)",
    (
        "CREATE TABLE attachments (pk INTEGER PRIMARY KEY, "
        "parent_pk INTEGER NOT NULL REFERENCES profiles(pk) ON DELETE CASCADE, "
        'position INTEGER NOT NULL, "id", "kind", "filename", "media_type", "sha256", '
        '"data", "caption_ar", "caption_en", "credit", "level", "added_at")'
    ),
    "CREATE INDEX attachments_parent ON attachments(parent_pk, position)",
    "CREATE INDEX profiles_sort_ar ON profiles(deleted_at, sort_name_ar)",
    "CREATE INDEX profiles_sort_en ON profiles(deleted_at, sort_name_en)",
    "CREATE INDEX cases_prosecution ON cases(prosecution)",
    "CREATE INDEX facilities_name_ar ON facilities(name_ar)",
    "CREATE INDEX facilities_name_en ON facilities(name_en)",
    "CREATE INDEX profiles_updated ON profiles(deleted_at, updated_at)",
    "CREATE INDEX profiles_status ON profiles(status)",
    "CREATE INDEX profiles_profession ON profiles(profession)",
    "CREATE INDEX attachments_id ON attachments(id)",
    """CREATE TABLE revisions (
        pk INTEGER PRIMARY KEY,
        profile_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        at TEXT NOT NULL,
        author TEXT
    )""",
    "CREATE INDEX revisions_profile ON revisions(profile_id, pk)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # Contentless, so the index keeps no second readable copy; its rowid is profiles.pk. What it
    # indexes is the Arabic-normalised shadow text (core/arabic.py): FTS5 does not fold Arabic marks.
    """CREATE VIRTUAL TABLE search_index USING fts5(
        names, body, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
    )""",
)


def _v1(conn) -> None:
    # One statement at a time: executescript would COMMIT the migration's open transaction.
    for statement in _V1_STATEMENTS:
        conn.execute(statement)


def _v2(conn) -> None:
    # Day numbers (days since 1970-01-01) of the derived dates: integer arithmetic lets the list
    # sort by days in detention and test the legal limit without parsing a date per row (v1 did:
    # 350 ms at 100,000 profiles).
    conn.execute("ALTER TABLE profiles ADD COLUMN episode_start_day INTEGER")
    conn.execute("ALTER TABLE profiles ADD COLUMN episode_end_day INTEGER")
    conn.execute("ALTER TABLE profiles ADD COLUMN open_pretrial_start_day INTEGER")
    unix_epoch_julian_day = 2440587.5
    conn.execute(
        "UPDATE profiles SET "
        f"episode_start_day = CAST(julianday(episode_start) - {unix_epoch_julian_day} AS INTEGER), "
        f"episode_end_day = CAST(julianday(episode_end) - {unix_epoch_julian_day} AS INTEGER), "
        "open_pretrial_start_day = "
        f"CAST(julianday(open_pretrial_start) - {unix_epoch_julian_day} AS INTEGER)"
    )
    # Everything the list filters and sorts on, in one narrow index: a sort by days over 100,000
    # profiles then reads this index, not the wide rows with their biographies (300 ms → ~40).
    conn.execute(
        "CREATE INDEX profiles_list ON profiles(deleted_at, status, episode_start_day, "
        "episode_end_day, open_pretrial_start_day, closed_pretrial_days, consent_level, "
        "profession, prosecutions, updated_at)"
    )
    # Superseded by it: through them SQLite fetched every matching wide row before sorting.
    conn.execute("DROP INDEX profiles_status")
    conn.execute("DROP INDEX profiles_profession")
    conn.execute("DROP INDEX cases_prosecution")  # the filter reads profiles.prosecutions now


# Exchange between vaults (issue 11): contacts, per-field version state, conflicts, bundles seen,
# the sync folder's files — tables instead of the JSON blobs that v1/v2 kept in ``settings``.
_V3_STATEMENTS = (
    """CREATE TABLE contacts (
        pk INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        identity TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL UNIQUE,
        verified INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL,
        acked_upto INTEGER NOT NULL DEFAULT 0,
        ack_to_send INTEGER NOT NULL DEFAULT 0,
        ack_sent INTEGER NOT NULL DEFAULT 0,
        sent_upto INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE field_state (
        profile_id TEXT NOT NULL,
        path TEXT NOT NULL,
        hash TEXT NOT NULL,
        version TEXT NOT NULL,
        vv TEXT NOT NULL,
        changed INTEGER NOT NULL,
        PRIMARY KEY (profile_id, path)
    ) WITHOUT ROWID""",
    "CREATE INDEX field_state_changed ON field_state(changed)",
    """CREATE TABLE conflicts (
        id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL,
        field TEXT NOT NULL,
        local TEXT,
        remote TEXT,
        contact TEXT,
        local_at TEXT,
        remote_at TEXT,
        detected_at TEXT NOT NULL,
        status TEXT NOT NULL,
        chosen TEXT,
        resolved_at TEXT
    )""",
    "CREATE INDEX conflicts_open ON conflicts(status, profile_id, field)",
    """CREATE TABLE bundles_seen (
        origin TEXT NOT NULL,
        bundle_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (origin, bundle_id)
    ) WITHOUT ROWID""",
    "CREATE TABLE exchange_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """CREATE TABLE sync_files (
        name TEXT PRIMARY KEY,
        direction TEXT NOT NULL,
        contact_pk INTEGER,
        covers INTEGER,
        size INTEGER,
        mtime_ns INTEGER,
        outcome TEXT,
        at TEXT NOT NULL
    ) WITHOUT ROWID""",
    "ALTER TABLE revisions ADD COLUMN contact TEXT",
)


def _v3(conn) -> None:
    for statement in _V3_STATEMENTS:
        conn.execute(statement)
    # Open conflicts of the unsigned exchange move into their table; the old peers and bases
    # cannot be trusted (no sender was ever authenticated), so they go.
    row = conn.execute("SELECT value FROM settings WHERE key = 'conflicts'").fetchone()
    for record in json.loads(row[0]) if row else []:
        conn.execute(
            "INSERT OR IGNORE INTO conflicts(id, profile_id, field, local, remote, contact, "
            "local_at, remote_at, detected_at, status, chosen, resolved_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.get("id"),
                record.get("profile_id"),
                record.get("field"),
                json.dumps(record.get("local"), ensure_ascii=False),
                json.dumps(record.get("remote"), ensure_ascii=False),
                None,
                record.get("local_at"),
                record.get("remote_at"),
                record.get("detected_at") or "",
                record.get("status") or "open",
                record.get("chosen"),
                record.get("resolved_at"),
            ),
        )
    conn.execute(
        "DELETE FROM settings WHERE key IN ('conflicts', 'sync_peers') OR key LIKE 'sync_base:%'"
    )


def _v4(conn) -> None:
    # The agenda (core/agenda.py): each case's latest session as a compact JSON list
    # [[case id, number, year, day, type, outcome, renewal days, next day], …] with day numbers
    # of full dates only, and one narrow index holding all the agenda reads, so that a
    # 100,000-profile agenda reads neither the wide rows nor a million sessions.
    conn.execute("ALTER TABLE profiles ADD COLUMN agenda_cases TEXT")
    # Each case's latest session first (SQLite takes the bare columns from the row with the
    # max), keyed by case, so that filling each profile is a lookup, not a scan.
    conn.execute(
        "CREATE TEMP TABLE agenda_latest (case_pk INTEGER PRIMARY KEY, date, type, outcome, "
        "renewal_days, next_date)"
    )
    conn.execute(
        "INSERT INTO agenda_latest SELECT parent_pk, max(date), type, outcome, renewal_days, "
        "next_date FROM proceedings WHERE date IS NOT NULL GROUP BY parent_pk"
    )
    epoch = 2440587.5
    conn.execute(
        "UPDATE profiles SET agenda_cases = (SELECT json_group_array(json_array(c.id, c.number, "
        "c.year, CAST(julianday(x.date) - ? AS INTEGER), x.type, x.outcome, x.renewal_days, "
        "CASE WHEN length(x.next_date) = 10 THEN CAST(julianday(x.next_date) - ? AS INTEGER) END)) "
        "FROM cases c JOIN agenda_latest x ON x.case_pk = c.pk "
        "WHERE c.parent_pk = profiles.pk AND length(x.date) = 10)",
        (epoch, epoch),
    )
    conn.execute("ALTER TABLE profiles ADD COLUMN agenda_until INTEGER")
    conn.execute(
        "UPDATE profiles SET agenda_until = (SELECT max(max(d, coalesce(n, d), d + "
        "coalesce(r, 0))) FROM (SELECT CAST(julianday(x.date) - ? AS INTEGER) AS d, "
        "CASE WHEN length(x.next_date) = 10 THEN CAST(julianday(x.next_date) - ? AS INTEGER) END "
        "AS n, x.renewal_days AS r FROM cases c JOIN agenda_latest x ON x.case_pk = c.pk "
        "WHERE c.parent_pk = profiles.pk AND length(x.date) = 10))",
        (epoch, epoch),
    )
    conn.execute("DROP TABLE agenda_latest")
    conn.execute("UPDATE profiles SET agenda_cases = NULL WHERE agenda_cases = '[]'")
    conn.execute(
        "CREATE INDEX profiles_agenda ON profiles(deleted_at, id, name_ar, name_en, status, "
        "birth_date, consent_level, updated_at, sensitivity, episode_start_day, episode_end_day, "
        "open_pretrial_start_day, agenda_cases, agenda_until)"
    )


def _v5(conn) -> None:
    # The list shows, and the "needs attention" filter finds, the records that contradict
    # themselves (issue 13 item 4): core/facts.py's warnings, stored on every save. The column
    # only: old rows get their warnings on the next open, computed by core/facts.py itself
    # (Repository.refresh_warnings, which the "warnings_version" setting drives) — v5 as it
    # first shipped computed them here in SQL, a second copy of facts.py's rules.
    conn.execute("ALTER TABLE profiles ADD COLUMN warnings TEXT")
    # Few records contradict themselves: a partial index holds only those, so the filter and its
    # count read a handful of entries instead of every profile.
    conn.execute(
        "CREATE INDEX profiles_warnings ON profiles(deleted_at, sort_name_en) "
        "WHERE warnings IS NOT NULL"
    )
    # "Held there now" (issue 13 item 9) reads the current facility, in either language.
    conn.execute(
        "CREATE INDEX profiles_facility_ar ON profiles(facility_ar) WHERE facility_ar IS NOT NULL"
    )
    conn.execute(
        "CREATE INDEX profiles_facility_en ON profiles(facility_en) WHERE facility_en IS NOT NULL"
    )


def _v6(conn) -> None:
    # v5's attention index held only the sort name: with another filter or another sort, SQLite
    # read the list in that order and probed every wide row for its warnings (25 ms at 20,000
    # profiles for "needs attention" + "in detention", none found). Holding the warnings and what
    # the list filters and sorts on, the same few entries answer every combination (0.2 ms).
    # Same name: a large import's deferred-index list (schema.defer_indexes) stays valid.
    conn.execute("DROP INDEX IF EXISTS profiles_warnings")
    conn.execute(
        "CREATE INDEX profiles_warnings ON profiles(deleted_at, warnings, status, "
        "episode_start_day, episode_end_day, open_pretrial_start_day, closed_pretrial_days, "
        "consent_level, profession, prosecutions, updated_at, sort_name_ar, sort_name_en) "
        "WHERE warnings IS NOT NULL"
    )


def _v7(conn) -> None:
    # v4 kept each profile's agenda cases twice: in its row, and again in the agenda's covering
    # index (an index can only copy a column of its table) — about 18 MB of a 100,000-profile
    # vault, and a wide index kept up in random id order through a bulk import. Now once, in a
    # narrow table keyed by the profile's key, read by key for the agenda's people (rows are
    # appended in key order as an import writes them); the index keeps agenda_until, which says
    # whether a profile has a row there.
    conn.execute(
        "CREATE TABLE agenda_cases (pk INTEGER PRIMARY KEY "
        "REFERENCES profiles(pk) ON DELETE CASCADE, cases TEXT NOT NULL)"
    )
    conn.execute(
        "INSERT INTO agenda_cases(pk, cases) SELECT pk, agenda_cases FROM profiles "
        "WHERE agenda_cases IS NOT NULL"
    )
    conn.execute("DROP INDEX profiles_agenda")
    conn.execute("ALTER TABLE profiles DROP COLUMN agenda_cases")
    conn.execute(
        "CREATE INDEX profiles_agenda ON profiles(deleted_at, id, name_ar, name_en, status, "
        "birth_date, consent_level, updated_at, sensitivity, episode_start_day, episode_end_day, "
        "open_pretrial_start_day, agenda_until)"
    )
    # The search index without its two-letter prefix index: v1's prefix='1 2 3' made the index
    # three times the size of its words (a third of a vault). A two-letter prefix is answered
    # from the words themselves at the cost of a fraction of a millisecond (the one-letter index
    # stays: the first keystroke would merge a large part of the vocabulary; three letters stay
    # for the common typed prefix). Same table, empty: without its version setting the
    # repository fills it again on the first search (SEARCH_INDEX_VERSION), as a new vault's
    # first writes do.
    conn.execute("DROP TABLE search_index")
    conn.execute(
        """CREATE VIRTUAL TABLE search_index USING fts5(
        names, body, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0', prefix='1 3'
    )"""
    )
    conn.execute("DELETE FROM settings WHERE key = 'search_index_version'")


# One function per version, in order; append, never edit (see the module's docstring).
MIGRATIONS: list[Callable] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]

# Indexes a large import may drop and build again at its end: inserting into them row by row
# costs a fifth of a 100,000-profile import, building them once a few seconds. Never the unique
# id index or the parent keys, which the import itself reads. Not the agenda's wide covering
# index either: SQLite sorts a deferred index in memory (temp_store is MEMORY), which for that one
# was 36 MB of a 100,000-profile import's peak, and kept up row by row it costs no more CPU.
DEFERRABLE_INDEXES = (
    "profiles_sort_ar",
    "profiles_sort_en",
    "profiles_list",
    "profiles_warnings",
    "profiles_facility_ar",
    "profiles_facility_en",
    "profiles_updated",
    "revisions_profile",
    "facilities_name_ar",
    "facilities_name_en",
    "attachments_id",
)
DEFERRED_INDEXES_SETTING = "deferred_indexes"


def defer_indexes(conn) -> None:
    """Drop the deferrable indexes, keeping their definitions in the settings table in the same
    transaction — so that a crash mid-import leaves what ``restore_indexes`` needs."""
    marks = ", ".join("?" * len(DEFERRABLE_INDEXES))
    found = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
        DEFERRABLE_INDEXES,
    ).fetchall()
    conn.execute(
        "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
        (DEFERRED_INDEXES_SETTING, json.dumps(dict(found))),
    )
    for name, _sql in found:
        conn.execute(f"DROP INDEX {name}")


def indexes_deferred(conn) -> bool:
    row = conn.execute(
        "SELECT 1 FROM settings WHERE key = ?", (DEFERRED_INDEXES_SETTING,)
    ).fetchone()
    return row is not None


def restore_indexes(conn) -> bool:
    """Build the indexes a large import deferred (at its end, or on the next open after a crash);
    returns whether there were any."""
    row = conn.execute(
        "SELECT value FROM settings WHERE key = ?", (DEFERRED_INDEXES_SETTING,)
    ).fetchone()
    if row is None:
        return False
    for sql in json.loads(row[0]).values():
        conn.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
    conn.execute("DELETE FROM settings WHERE key = ?", (DEFERRED_INDEXES_SETTING,))
    return True


SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(RuntimeError):
    pass


def migrate(conn) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the version it started at."""
    start = conn.execute("PRAGMA user_version").fetchone()[0]
    if start > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"this vault was written by a newer Profile Editor (schema {start} > {SCHEMA_VERSION})"
        )
    if start == SCHEMA_VERSION:
        return start
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(start, SCHEMA_VERSION):
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return start
