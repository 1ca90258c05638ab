"""Column mappings: which spreadsheet column fills which profile field.

The targets (the fields a column can fill, with their labels and the header names they answer
to) come from the field catalogue, core/catalogue.py. A mapping is keyed by header text (so it
still fits when a sheet's columns move) and is saved as a small JSON file that ``import
--mapping`` reuses. ``suggest`` proposes one from the headers,
Arabic or English, by matching folded header words against each field's known names; the GUI
shows the suggestion for the user to correct. A mapping may also carry value overrides: a user's
own spelling of a vocabulary term mapped to its code.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from profileeditor.core import catalogue
from profileeditor.importers.json_import import BadInputFile, load_json
from profileeditor.importers.values import fold_term

MAPPING_FORMAT = "profileeditor.mapping"
MAX_MAPPING_BYTES = 4 * 1024 * 1024  # a mapping names columns and a few value lists


@dataclass(frozen=True)
class Target:
    """A field a column can fill. ``kind``: text, date, vocab:<list>, enum:<list>, int, list,
    case_number, id; ``lang`` "auto" puts bilingual text in ar or en by its script."""

    key: str
    kind: str
    label_en: str
    label_ar: str
    names: tuple[str, ...] = ()


def _t(key: str, kind: str, en: str, ar: str, *names: str) -> Target:
    return Target(key, kind, en, ar, (en, ar, key, *names))


_HALVES = (("ar", "Arabic", "بالعربية"), ("en", "English", "بالإنجليزية"))


def build_targets() -> tuple[tuple[Target, ...], dict[str, Target]]:
    """The targets, from the field catalogue: every field with a spreadsheet kind (``sheet``), in
    catalogue order — person fields, then the detention episode and the case a row may add.

    Returns the targets headers are matched against, and every target by key: that also has each
    bilingual field's halves ("bio.en", "notes.ar") for a column the user assigns to one language
    (the halves of a field with per-language header names, like the name, are matched too)."""
    targets: list[Target] = []
    halves: list[Target] = []
    for entry in catalogue.entries():
        if not entry.sheet:
            continue
        key = entry.target_key
        targets.append(_t(key, entry.sheet, entry.label_en, entry.label_ar, *entry.synonyms))
        if entry.kind != "text":
            continue
        for (lang, word_en, word_ar), names in zip(_HALVES, entry.lang_synonyms, strict=True):
            label_en = f"{entry.label_en} ({word_en})"
            if names:
                targets.append(
                    _t(f"{key}.{lang}", "text", label_en, f"{entry.label_ar} {word_ar}", *names)
                )
            else:
                halves.append(Target(f"{key}.{lang}", "text", label_en, entry.label_ar, ()))
    by_key = {t.key: t for t in targets}
    for half in halves:
        by_key.setdefault(half.key, half)
    return tuple(targets), by_key


TARGETS, TARGETS_BY_KEY = build_targets()


def _rebuild_targets() -> None:
    global TARGETS
    # TARGETS_BY_KEY in place: the spreadsheet importer and the GUI hold this very dict.
    TARGETS, by_key = build_targets()
    TARGETS_BY_KEY.clear()
    TARGETS_BY_KEY.update(by_key)


catalogue.on_change(_rebuild_targets)


class MappingError(ValueError):
    """A mapping file that cannot be used; the message names the file and the problem."""


@dataclass
class Mapping:
    """Header text → target key (None: column ignored), plus value overrides per list."""

    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def target_of(self, header: str) -> Target | None:
        key = self.columns.get(header)
        return TARGETS_BY_KEY.get(key) if key else None

    def to_json(self) -> dict:
        return {
            "format": MAPPING_FORMAT,
            "version": 1,
            "columns": self.columns,
            "values": self.values,
        }

    @classmethod
    def from_json(cls, doc: object, source: str = "the mapping") -> Mapping:
        if not isinstance(doc, dict) or doc.get("format") != MAPPING_FORMAT:
            raise MappingError(f"{source} is not a column mapping ({MAPPING_FORMAT})")
        columns = doc.get("columns")
        values = doc.get("values") or {}
        if not isinstance(columns, dict) or not isinstance(values, dict):
            raise MappingError(f"{source}: 'columns' must map headers to field names")
        for header, key in columns.items():
            if key is not None and not isinstance(key, str):
                raise MappingError(f"{source}: column {header!r} must map to a field name")
            if key is not None and key not in TARGETS_BY_KEY:
                raise MappingError(f"{source}: column {header!r} maps to unknown field {key!r}")
        for list_name, table in values.items():
            if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in table.items()
            ):
                raise MappingError(f"{source}: values.{list_name} must map text to codes")
        return cls(dict(columns), {k: dict(v) for k, v in values.items()})

    def save(self, path: Path) -> Path:
        path = Path(path)
        tmp = path.with_name(f".{path.name}.partial")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
        return path

    @classmethod
    def load(cls, path: Path) -> Mapping:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise MappingError(f"{path}: cannot be read ({exc.strerror})") from exc
        if len(raw) > MAX_MAPPING_BYTES:
            raise MappingError(f"{path}: too large for a column mapping")
        try:
            doc = load_json(raw, str(path), max_depth=4)
        except BadInputFile as exc:
            raise MappingError(f"{exc} (a column mapping file)") from exc
        return cls.from_json(doc, str(path))


@dataclass(frozen=True)
class Suggestion:
    header: str
    target: str | None
    score: float  # 0..100; the GUI may flag low scores for the user to check


def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for target in TARGETS:
        for name in target.names:
            index.setdefault(fold_term(name), target.key)
    return index


def suggest_one(header: str, group: str = "") -> Suggestion:
    """The most likely target of one header (``group``: a merged heading above it, if any)."""
    from rapidfuzz import fuzz, process

    index = _name_index()
    for text in (header, f"{group} {header}".strip()):
        folded = fold_term(text)
        if folded in index:
            return Suggestion(header, index[folded], 100.0)
    folded = fold_term(f"{group} {header}".strip()) if group else fold_term(header)
    if not folded:
        return Suggestion(header, None, 0.0)
    best = process.extractOne(folded, list(index), scorer=fuzz.token_sort_ratio, score_cutoff=80)
    if best is None:
        return Suggestion(header, None, 0.0)
    return Suggestion(header, index[best[0]], float(best[1]))


def suggest(headers: list[str], groups: list[str] | None = None) -> Mapping:
    """A mapping proposed from the headers; each target is given to one column at most (the
    best-scoring one), the rest are left unmapped for the user to decide."""
    groups = groups or [""] * len(headers)
    chosen: dict[str, Suggestion] = {}
    for header, group in zip(headers, groups, strict=False):
        if not header:
            continue
        found = suggest_one(header, group)
        if found.target is None:
            continue
        held = chosen.get(found.target)
        if held is None or found.score > held.score:
            chosen[found.target] = found
    by_header = {s.header: s.target for s in chosen.values()}
    return Mapping({h: by_header.get(h) for h in headers if h})
