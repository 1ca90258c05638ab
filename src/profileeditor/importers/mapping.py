"""Column mappings: which spreadsheet column fills which profile field.

A mapping is keyed by header text (so it still fits when a sheet's columns move) and is saved as
a small JSON file that ``import --mapping`` reuses. ``suggest`` proposes one from the headers,
Arabic or English, by matching folded header words against each field's known names; the GUI
shows the suggestion for the user to correct. A mapping may also carry value overrides: a user's
own spelling of a vocabulary term mapped to its code.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

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


# Person fields, then the detention episode and the case a row may add.
TARGETS: tuple[Target, ...] = (
    _t("id", "id", "Profile id", "المعرّف", "uuid", "profile id", "رقم الملف", "كود"),
    _t(
        "name",
        "text",
        "Name",
        "الاسم",
        "full name",
        "الاسم بالكامل",
        "الاسم الكامل",
        "اسم المحتجز",
        "الاسم رباعي",
        "الاسم الثلاثي",
        "detainee",
        "person",
    ),
    _t(
        "name.ar",
        "text",
        "Name (Arabic)",
        "الاسم بالعربية",
        "arabic name",
        "الاسم عربي",
        "name ar",
        "الاسم بالعربي",
    ),
    _t(
        "name.en",
        "text",
        "Name (English)",
        "الاسم بالإنجليزية",
        "english name",
        "name en",
        "الاسم انجليزي",
        "الاسم بالانجليزي",
        "latin name",
    ),
    _t(
        "aliases",
        "list",
        "Aliases",
        "أسماء أخرى",
        "alias",
        "also known as",
        "aka",
        "اسم الشهرة",
        "الشهرة",
    ),
    _t("sex", "enum:sex", "Sex", "النوع", "gender", "الجنس"),
    _t(
        "birth_date",
        "date",
        "Birth date",
        "تاريخ الميلاد",
        "date of birth",
        "dob",
        "born",
        "birthdate",
        "الميلاد",
    ),
    _t("nationality", "enum:nationality", "Nationality", "الجنسية"),
    _t(
        "governorate",
        "text",
        "Governorate",
        "المحافظة",
        "province",
        "governorate of residence",
        "محل الاقامة",
        "region",
    ),
    _t(
        "profession",
        "vocab:profession",
        "Profession",
        "المهنة",
        "job",
        "الوظيفة",
        "العمل",
        "category",
        "الفئة",
    ),
    _t("occupation", "text", "Occupation", "العمل الحالي", "employer", "جهة العمل", "position"),
    _t(
        "affiliation",
        "text",
        "Affiliation",
        "الانتماء",
        "organisation",
        "organization",
        "المؤسسة",
        "party",
        "الحزب",
    ),
    _t("status", "vocab:status", "Status", "الحالة", "current status", "الوضع الحالي", "الموقف"),
    _t("bio", "text", "Biography", "نبذة", "bio", "summary", "نبذة تعريفية", "السيرة"),
    _t("tags", "list", "Tags", "وسوم", "tag", "labels", "campaign", "الحملة"),
    _t("health", "text", "Health", "الحالة الصحية", "medical", "الصحة"),
    _t("lawyers", "text", "Lawyers", "المحامون", "lawyer", "المحامي", "defence", "الدفاع"),
    _t(
        "family_contact",
        "text",
        "Family contact",
        "تواصل الأسرة",
        "family",
        "الأسرة",
        "contact",
        "رقم الاسرة",
    ),
    _t("notes", "text", "Notes", "ملاحظات", "comments", "remarks", "ملاحظه"),
    _t(
        "consent.level",
        "enum:consent_level",
        "Consent",
        "الموافقة",
        "consent level",
        "موافقة النشر",
        "publication consent",
    ),
    _t(
        "detention.arrest_date",
        "date",
        "Arrest date",
        "تاريخ القبض",
        "date of arrest",
        "arrested",
        "تاريخ الاعتقال",
        "تاريخ القبض عليه",
        "تاريخ الاحتجاز",
    ),
    _t(
        "detention.arrest_place",
        "text",
        "Arrest place",
        "مكان القبض",
        "place of arrest",
        "مكان الاعتقال",
    ),
    _t(
        "detention.arrest_manner",
        "vocab:arrest_manner",
        "Arrest manner",
        "طريقة القبض",
        "how arrested",
        "manner of arrest",
        "ظروف القبض",
    ),
    _t(
        "detention.arresting_authority",
        "text",
        "Arresting authority",
        "الجهة القائمة بالقبض",
        "arrested by",
        "جهة القبض",
    ),
    _t(
        "detention.disappeared_until",
        "date",
        "Disappeared until",
        "تاريخ الظهور",
        "first appearance",
        "appeared",
        "تاريخ الظهور امام النيابة",
        "date of appearance",
    ),
    _t(
        "detention.facility",
        "text",
        "Place of detention",
        "مكان الاحتجاز",
        "prison",
        "السجن",
        "facility",
        "detention facility",
        "مقر الاحتجاز",
    ),
    _t(
        "detention.release_date",
        "date",
        "Release date",
        "تاريخ الإفراج",
        "released on",
        "تاريخ اخلاء السبيل",
        "date of release",
    ),
    _t(
        "detention.release_type",
        "vocab:release_type",
        "Release type",
        "نوع الإفراج",
        "how released",
        "طريقة الافراج",
    ),
    _t(
        "case.number",
        "case_number",
        "Case number",
        "رقم القضية",
        "case",
        "case no",
        "القضية",
        "case #",
        "رقم القضيه",
    ),
    _t("case.year", "int", "Case year", "سنة القضية", "year of case", "لسنة"),
    _t(
        "case.prosecution",
        "vocab:prosecution",
        "Prosecution",
        "النيابة",
        "prosecutor",
        "جهة التحقيق",
    ),
    _t("case.court", "text", "Court", "المحكمة", "circuit", "الدائرة"),
    _t(
        "case.joined_date",
        "date",
        "Date joined to case",
        "تاريخ الضم للقضية",
        "date added to case",
        "تاريخ الضم",
        "joined",
    ),
    _t(
        "case.charges",
        "charges",
        "Charges",
        "الاتهامات",
        "charge",
        "التهم",
        "التهمة",
        "accusations",
    ),
)
TARGETS_BY_KEY = {t.key: t for t in TARGETS}

# Bilingual text targets may also be chosen with an explicit language: "bio.en", "notes.ar".
for _target in list(TARGETS):
    if _target.kind == "text" and "." not in _target.key.removeprefix("detention.").removeprefix(
        "case."
    ):
        for _lang, _word in (("ar", "Arabic"), ("en", "English")):
            _key = f"{_target.key}.{_lang}"
            if _key not in TARGETS_BY_KEY:
                TARGETS_BY_KEY[_key] = Target(
                    _key, "text", f"{_target.label_en} ({_word})", _target.label_ar, ()
                )


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
