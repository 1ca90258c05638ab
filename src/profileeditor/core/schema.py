"""Database schema and migrations, keyed on ``PRAGMA user_version``.

Each migration is an ordered function; ``migrate`` runs the missing ones in one transaction, so a
crash mid-upgrade leaves the previous version intact. Tables come from ``model.RECORDS``: one per
record type, children pointing at their parent's integer key with ON DELETE CASCADE.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from profileeditor.core.model import RECORDS, all_columns

# Columns of ``profiles`` that the repository derives on every save, for list, filters and sort.
# Frozen per schema version: a migration that adds one adds it to its own list.
_V1_DERIVED = {
    "deleted_at": "TEXT",  # set while in the trash
    "sort_name_ar": "TEXT",  # normalised names, for sorting in either language
    "sort_name_en": "TEXT",
    "episode_start": "TEXT",  # latest detention episode, ISO days
    "episode_end": "TEXT",
    "open_pretrial_start": "TEXT",  # held without sentence since this day (NULL if not)
    "closed_pretrial_days": "INTEGER NOT NULL DEFAULT 0",  # longest finished pretrial period
    "facility_ar": "TEXT",  # current facility
    "facility_en": "TEXT",
    "case_numbers": "TEXT",  # "1300/2019, 911/2022"
    "prosecutions": "TEXT",  # space-separated prosecution codes of its cases
    "approximate": "INTEGER NOT NULL DEFAULT 0",
}
# Day numbers (days since 1970-01-01) of the same dates: integer arithmetic lets the list sort by
# days in detention and test the legal limit without parsing a date per row (v1 did: 350 ms at
# 100,000 profiles).
_V2_DERIVED = {
    "episode_start_day": "INTEGER",
    "episode_end_day": "INTEGER",
    "open_pretrial_start_day": "INTEGER",
}
DERIVED_PROFILE_COLUMNS = {**_V1_DERIVED, **_V2_DERIVED}


def _create_record_tables(conn) -> None:
    for record in RECORDS.values():
        cols = ["pk INTEGER PRIMARY KEY"]
        if record.parent_table:
            cols.append(
                f"parent_pk INTEGER NOT NULL REFERENCES {record.parent_table}(pk) ON DELETE CASCADE"
            )
            cols.append("position INTEGER NOT NULL")
        for name in all_columns(record):
            if record.table == "profiles" and name == "id":
                cols.append('"id" TEXT NOT NULL UNIQUE')
            else:
                cols.append(f'"{name}"')
        if record.table == "profiles":
            cols += [f"{name} {decl}" for name, decl in _V1_DERIVED.items()]
        conn.execute(f"CREATE TABLE {record.table} ({', '.join(cols)})")
        if record.parent_table:
            conn.execute(
                f"CREATE INDEX {record.table}_parent ON {record.table}(parent_pk, position)"
            )


_V1_STATEMENTS = (
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
    _create_record_tables(conn)
    # One statement at a time: executescript would COMMIT the migration's open transaction.
    for statement in _V1_STATEMENTS:
        conn.execute(statement)


def _v2(conn) -> None:
    for name, decl in _V2_DERIVED.items():
        conn.execute(f"ALTER TABLE profiles ADD COLUMN {name} {decl}")
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


MIGRATIONS: list[Callable] = [_v1, _v2]

# Indexes a large import may drop and build again at its end: inserting into them row by row
# costs a fifth of a 100,000-profile import, building them once a few seconds. Never the unique
# id index or the parent keys, which the import itself reads.
DEFERRABLE_INDEXES = (
    "profiles_sort_ar",
    "profiles_sort_en",
    "profiles_list",
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
