"""The profile model: the interchange-format dict, and how each record type maps to table columns.

A profile travels through the program as a plain dict in the interchange format
(resources/profiles.schema.json) — the same shape the JSON import/export, the dossiers and the
editor use, so nothing can be dropped by a translation layer. ``RECORDS`` says, for each record
type, which table holds it and how each JSON property maps to columns; it is generated from the
field catalogue (core/catalogue.py), and repository.py reads and writes through it. The tables
themselves come from the frozen migrations in schema.py; a test checks that they end with exactly
these columns.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from profileeditor.core import catalogue

# Column kinds: "str", "int", "bool", "text" (bilingual {ar, en} → two columns), "json" (a list or
# map kept as JSON text), "blob" (base64 in JSON, bytes in the database).


@dataclass(frozen=True)
class Field:
    key: str  # JSON property; a dotted key ("consent.level") lives inside a nested object
    kind: str
    column: str = ""  # defaults to the key with dots as underscores

    @property
    def col(self) -> str:
        return self.column or self.key.replace(".", "_")

    @property
    def columns(self) -> tuple[str, ...]:
        if self.kind == "text":
            return (f"{self.col}_ar", f"{self.col}_en")
        return (self.col,)


@dataclass(frozen=True)
class Record:
    table: str
    json_key: str  # the property of the parent that holds a list of these ("" for the profile)
    fields: tuple[Field, ...]
    parent_table: str = ""
    children: tuple[str, ...] = ()  # table names of nested lists
    scalar_list: bool = False  # a list of strings (charges), one row per item in ``value``
    has_id: bool = True


def build_records() -> dict[str, Record]:
    """``RECORDS`` from the catalogue: a record per ``RecordSpec``, its fields in catalogue order."""
    specs = catalogue.record_specs()
    records = {}
    for spec in specs:
        parent = catalogue.parent_of(spec)
        records[spec.table] = Record(
            spec.table,
            spec.path.rpartition(".")[2],
            tuple(Field(e.key, e.kind, e.column) for e in catalogue.of_record(spec.table)),
            parent_table=parent.table if parent else "",
            children=tuple(s.table for s in specs if catalogue.parent_of(s) == spec),
            scalar_list=spec.scalar_list,
            has_id=spec.has_id,
        )
    return records


RECORDS: dict[str, Record] = build_records()


def _rebuild_records() -> None:
    # In place: repository.py and others hold this very dict.
    RECORDS.clear()
    RECORDS.update(build_records())
    _PLANS.clear()


catalogue.on_change(_rebuild_records)


def _get(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _set(obj: dict, dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        obj = obj.setdefault(part, {})
    obj[last] = value


_PLANS: dict[str, tuple[tuple[str, bool, str], ...]] = {}


def _plan(record: Record) -> tuple[tuple[str, bool, str], ...]:
    """Per field: its key, whether it is dotted, its kind — worked out once per table and looked
    up by name (hashing the frozen Record itself costs more than the row it serves)."""
    plan = _PLANS.get(record.table)
    if plan is None:
        plan = _PLANS[record.table] = tuple((f.key, "." in f.key, f.kind) for f in record.fields)
    return plan


def to_columns(record: Record, item: Any) -> list[Any]:
    """The column values of one JSON item, in ``record.fields`` order (None for absent)."""
    if record.scalar_list:
        return [item]
    out: list[Any] = []
    for key, dotted, kind in _plan(record):  # the bulk import's inner loop: kept lean
        value = _get(item, key) if dotted else item.get(key)
        if kind == "str" or kind == "int":
            out.append(value)
        elif kind == "text":
            if isinstance(value, dict):
                out.extend((value.get("ar"), value.get("en")))
            else:
                out.extend((None, None))
        elif kind == "json":
            out.append(None if value is None else json.dumps(value, ensure_ascii=False))
        elif kind == "bool":
            out.append(None if value is None else int(bool(value)))
        elif kind == "blob":
            out.append(None if value is None else base64.b64decode(value))
        else:
            out.append(value)
    return out


def from_columns(
    record: Record, values: list[Any] | tuple[Any, ...], with_data: bool = True
) -> Any:
    """The JSON item for one row's column values (absent where the column is NULL)."""
    if record.scalar_list:
        return values[0]
    item: dict[str, Any] = {}
    i = 0
    for field in record.fields:
        if field.kind == "text":
            ar, en = values[i], values[i + 1]
            i += 2
            if ar is not None or en is not None:
                text = {}
                if ar is not None:
                    text["ar"] = ar
                if en is not None:
                    text["en"] = en
                _set(item, field.key, text)
            continue
        value = values[i]
        i += 1
        if value is None:
            continue
        if field.kind == "json":
            value = json.loads(value)
        elif field.kind == "bool":
            value = bool(value)
        elif field.kind == "blob":
            if not with_data:
                continue
            value = base64.b64encode(value).decode("ascii")
        _set(item, field.key, value)
    return item


def all_columns(record: Record) -> list[str]:
    return [c for f in record.fields for c in f.columns]


def display_name(profile: dict, lang: str = "en") -> str:
    """The profile's name in ``lang``, else in the other language."""
    name = profile.get("name") or {}
    other = "ar" if lang == "en" else "en"
    return name.get(lang) or name.get(other) or ""
