"""The field catalogue: one entry per profile field, the single place that says what a field is.

Modelled on calibre's ``FieldMetadata``. The JSON Schema (resources/profiles.schema.json) stays
the contract of the interchange format and the source of each field's ``x-sensitivity``; this
catalogue sits beside it and says everything else about a field:

- where it is stored: its record (table) and column, and the column kind (``model.RECORDS`` is
  generated from it, and the frozen migrations in schema.py must end with exactly these columns);
- what it is called, in Arabic and English, with the feminine Arabic form where the label agrees
  with the person (مختفٍ / مختفية) — the editor, the spreadsheet import and the dossiers all take
  their field labels from here (``label``);
- the names a spreadsheet header may use for it (``synonyms``) and the kind of value an import
  column holds (``sheet``: importers/mapping.py makes its targets from these);
- the editor widget that edits it (``widget``: gui/editor/rows.py builds the form rows) and the
  dossier formatter that prints it (``dossier``).

A test checks the catalogue against the schema both ways, and the fresh database schema against
it, so adding a field without a catalogue entry, a schema property or a migration fails the suite
(docs/ARCHITECTURE.md, "How to add a field").

Paths are the schema's dotted paths without the language leaf: ``detentions.arrest_place`` (its
``.ar``/``.en`` halves are the same field), ``cases.sentence.date`` (a nested object inside a
case). No Qt here: the core does not depend on the GUI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

# Storage kinds: "str", "int", "bool", "text" (bilingual {ar, en} → two columns), "json" (a list
# or map kept as JSON text), "blob" (base64 in JSON, bytes in the database).
STORAGE_KINDS = frozenset({"str", "int", "bool", "text", "json", "blob"})

# Editor widget kinds (gui/editor/rows.py builds the generic ones; a tab supplies the rest):
# "" — not a form row; generic: "readonly", "line", "textarea", "bilingual", "bilingual_multiline",
# "date", "int" / "int:MIN" / "int:MIN:MAX", "bool", "list", "vocab:LIST"; supplied by the tab
# that shows them: "choice" (fixed options), "country", "charges", "references", "photo", "data",
# "bio", "levels".
GENERIC_WIDGETS = (
    "readonly",
    "line",
    "textarea",
    "bilingual",
    "bilingual_multiline",
    "date",
    "bool",
    "list",
    "level",  # a record's own export level (sources, attachments)
)
GENERIC_WIDGET_PREFIXES = ("int", "vocab:")
SUPPLIED_WIDGETS = frozenset(
    {"choice", "country", "charges", "references", "photo", "data", "bio", "levels"}
)

# Dossier formatters: "" — not printed as a field row; "text" (plain or bilingual), "date",
# "int", "bool", "list", "vocab:LIST" (a vocabulary label, feminine where the person is a woman),
# "enum:NAME" (a fixed set of the schema, labelled in core/vocab.py), "country", "photo".

# Spreadsheet target kinds (importers/values.py converts a cell by it): "" — not importable;
# "id", "text", "date", "int", "list", "case_number", "charges", "vocab:LIST", "enum:LIST".


@dataclass(frozen=True)
class RecordSpec:
    """A record type: its table, where it sits in a profile, and its name for headings."""

    table: str
    path: str  # "" for the profile; "detentions.facilities" for a nested list
    label_en: str
    label_ar: str
    has_id: bool = True
    scalar_list: bool = False  # a list of strings (charges): one row per item
    sheet_prefix: str = ""  # spreadsheet target keys of the one record a sheet row may add


@dataclass(frozen=True)
class Entry:
    path: str
    kind: str  # storage kind
    label_en: str
    label_ar: str
    label_ar_f: str = ""  # feminine Arabic, where the label agrees with the person
    label_en_f: str = ""
    column: str = ""  # defaults to the key (path within its record) with dots as underscores
    widget: str = ""
    editor_group: str = ""  # the part of its record's tab that shows it ("" the main form)
    dossier: str = ""
    sheet: str = ""
    synonyms: tuple[str, ...] = ()
    # Header names of each language half of a bilingual field ("name.ar": "arabic name", ...):
    # ((ar names...), (en names...)); such a field offers its halves as suggestion targets.
    lang_synonyms: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    sheet_key: str = ""  # spreadsheet target key when not derived from the path

    @property
    def record(self) -> RecordSpec:
        return record_of(self.path)

    @property
    def key(self) -> str:
        """The JSON property within its record ("sentence.date"; "value" for a scalar list)."""
        record = self.record
        if record.scalar_list:
            return "value"
        return self.path[len(record.path) + 1 :] if record.path else self.path

    @property
    def col(self) -> str:
        return self.column or self.key.replace(".", "_")

    @property
    def columns(self) -> tuple[str, ...]:
        if self.kind == "text":
            return (f"{self.col}_ar", f"{self.col}_en")
        return (self.col,)

    @property
    def target_key(self) -> str:
        """The key a column mapping uses for this field ("detention.arrest_date")."""
        if self.sheet_key:
            return self.sheet_key
        record = self.record
        if record.sheet_prefix:
            return f"{record.sheet_prefix}.{self.path[len(record.path) + 1 :]}"
        return self.path


RECORD_SPECS: tuple[RecordSpec, ...] = (
    RecordSpec("profiles", "", "Profile", "الملف"),
    RecordSpec(
        "detentions", "detentions", "Detention episodes", "وقائع الاحتجاز", sheet_prefix="detention"
    ),
    RecordSpec("facilities", "detentions.facilities", "Facilities", "أماكن الاحتجاز", has_id=False),
    RecordSpec("cases", "cases", "Cases", "القضايا", sheet_prefix="case"),
    RecordSpec("charges", "cases.charges", "Charges", "الاتهامات", has_id=False, scalar_list=True),
    RecordSpec("proceedings", "cases.proceedings", "Sessions", "الجلسات"),
    RecordSpec("events", "events", "Events", "الوقائع"),
    RecordSpec("sources", "sources", "Sources", "المصادر"),
    RecordSpec("attachments", "attachments", "Attachments", "المرفقات"),
)


def _e(path: str, kind: str, en: str, ar: str, **kw) -> Entry:
    return Entry(path, kind, en, ar, **kw)


ENTRIES: tuple[Entry, ...] = (
    # -- the profile -----------------------------------------------------------------------------
    _e(
        "id",
        "str",
        "Id",
        "المعرّف",
        editor_group="record",
        widget="readonly",
        sheet="id",
        synonyms=("Profile id", "uuid", "profile id", "رقم الملف", "كود"),
    ),
    _e(
        "name",
        "text",
        "Name",
        "الاسم",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=(
            "full name",
            "الاسم بالكامل",
            "الاسم الكامل",
            "اسم المحتجز",
            "الاسم رباعي",
            "الاسم الثلاثي",
            "detainee",
            "person",
        ),
        lang_synonyms=(
            ("arabic name", "الاسم عربي", "name ar", "الاسم بالعربي"),
            ("english name", "name en", "الاسم انجليزي", "الاسم بالانجليزي", "latin name"),
        ),
    ),
    _e(
        "aliases",
        "json",
        "Other names",
        "أسماء أخرى",
        widget="list",
        dossier="list",
        sheet="list",
        synonyms=("Aliases", "alias", "also known as", "aka", "اسم الشهرة", "الشهرة"),
    ),
    _e(
        "sex",
        "str",
        "Sex",
        "الجنس",
        widget="choice",
        dossier="enum:sex",
        sheet="enum:sex",
        synonyms=("النوع", "gender"),
    ),
    _e(
        "birth_date",
        "str",
        "Date of birth",
        "تاريخ الميلاد",
        widget="date",
        dossier="date",
        sheet="date",
        synonyms=("Birth date", "born", "dob", "birthdate", "الميلاد"),
    ),
    _e(
        "nationality",
        "str",
        "Nationality",
        "الجنسية",
        widget="country",
        dossier="country",
        sheet="enum:nationality",
    ),
    _e(
        "governorate",
        "text",
        "Governorate",
        "المحافظة",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=("province", "governorate of residence", "محل الاقامة", "region"),
    ),
    _e(
        "profession",
        "str",
        "Profession",
        "المهنة",
        widget="vocab:profession",
        dossier="vocab:profession",
        sheet="vocab:profession",
        synonyms=("job", "الوظيفة", "العمل", "category", "الفئة"),
    ),
    _e(
        "occupation",
        "text",
        "Occupation",
        "العمل",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=("العمل الحالي", "employer", "جهة العمل", "position"),
    ),
    _e(
        "affiliation",
        "text",
        "Affiliation",
        "الانتماء",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=("organisation", "organization", "المؤسسة", "party", "الحزب"),
    ),
    _e(
        "status",
        "str",
        "Status",
        "الوضع الحالي",
        widget="vocab:status",
        dossier="vocab:status",
        sheet="vocab:status",
        synonyms=("الحالة", "current status", "الموقف"),
    ),
    _e(
        "bio",
        "text",
        "Biography",
        "نبذة",
        editor_group="bio",
        widget="bio",
        dossier="text",
        sheet="text",
        synonyms=("bio", "summary", "نبذة تعريفية", "السيرة"),
    ),
    _e("photo", "str", "Photo", "الصورة", widget="photo", dossier="photo", editor_group="photo"),
    _e(
        "tags",
        "json",
        "Tags",
        "الوسوم",
        widget="list",
        dossier="list",
        sheet="list",
        synonyms=("وسوم", "tag", "labels", "campaign", "الحملة"),
    ),
    _e(
        "consent.level",
        "str",
        "Consent to publish",
        "الموافقة على النشر",
        editor_group="consent",
        widget="choice",
        dossier="enum:consent_level",
        sheet="enum:consent_level",
        synonyms=("Consent", "الموافقة", "consent level", "موافقة النشر", "publication consent"),
    ),
    _e(
        "consent.given_by",
        "str",
        "Consent given by",
        "الموافقة صادرة عن",
        widget="line",
        editor_group="consent",
    ),
    _e(
        "consent.date",
        "str",
        "Date of consent",
        "تاريخ الموافقة",
        widget="date",
        editor_group="consent",
    ),
    _e(
        "consent.notes",
        "str",
        "Notes on consent",
        "ملاحظات الموافقة",
        widget="line",
        editor_group="consent",
    ),
    _e(
        "health",
        "text",
        "Health",
        "الحالة الصحية",
        editor_group="confidential",
        widget="bilingual_multiline",
        dossier="text",
        sheet="text",
        synonyms=("medical", "الصحة"),
    ),
    _e(
        "lawyers",
        "text",
        "Lawyers",
        "المحامون",
        editor_group="confidential",
        widget="bilingual_multiline",
        dossier="text",
        sheet="text",
        synonyms=("lawyer", "المحامي", "defence", "الدفاع"),
    ),
    _e(
        "family_contact",
        "text",
        "Family contact",
        "التواصل مع الأسرة",
        editor_group="confidential",
        widget="bilingual_multiline",
        dossier="text",
        sheet="text",
        synonyms=("تواصل الأسرة", "family", "الأسرة", "contact", "رقم الاسرة"),
    ),
    _e(
        "notes",
        "text",
        "Notes",
        "ملاحظات",
        editor_group="confidential",
        widget="bilingual_multiline",
        dossier="text",
        sheet="text",
        synonyms=("comments", "remarks", "ملاحظه"),
    ),
    _e(
        "sensitivity",
        "json",
        "Levels raised for this profile",
        "المستويات المرفوعة في هذا الملف",
        editor_group="levels",
        widget="levels",
    ),
    _e("created_at", "str", "Created", "أُنشئ في", widget="readonly", editor_group="record"),
    _e("updated_at", "str", "Updated", "عُدّل في", widget="readonly", editor_group="record"),
    # -- detention episodes ----------------------------------------------------------------------
    _e("detentions.id", "str", "Id", "المعرّف", widget="readonly"),
    _e(
        "detentions.arrest_date",
        "str",
        "Arrest date",
        "تاريخ القبض",
        widget="date",
        dossier="date",
        sheet="date",
        synonyms=(
            "date of arrest",
            "arrested",
            "تاريخ الاعتقال",
            "تاريخ القبض عليه",
            "تاريخ الاحتجاز",
        ),
    ),
    _e(
        "detentions.arrest_place",
        "text",
        "Place of arrest",
        "مكان القبض",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=("Arrest place", "مكان الاعتقال"),
    ),
    _e(
        "detentions.arrest_manner",
        "str",
        "Manner of arrest",
        "طريقة القبض",
        widget="vocab:arrest_manner",
        dossier="vocab:arrest_manner",
        sheet="vocab:arrest_manner",
        synonyms=("Arrest manner", "how arrested", "ظروف القبض"),
    ),
    _e(
        "detentions.arresting_authority",
        "text",
        "Arresting authority",
        "الجهة القائمة بالقبض",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=("arrested by", "جهة القبض"),
    ),
    _e(
        "detentions.disappeared_until",
        "str",
        "Disappeared until",
        "مختفٍ قسريًا حتى",
        label_ar_f="مختفية قسريًا حتى",
        widget="date",
        dossier="date",
        sheet="date",
        synonyms=(
            "تاريخ الظهور",
            "first appearance",
            "appeared",
            "تاريخ الظهور امام النيابة",
            "date of appearance",
        ),
    ),
    _e(
        "detentions.release_date",
        "str",
        "Release date",
        "تاريخ الإفراج",
        widget="date",
        dossier="date",
        sheet="date",
        synonyms=("released on", "تاريخ اخلاء السبيل", "date of release"),
    ),
    _e(
        "detentions.release_type",
        "str",
        "Release type",
        "نوع الإفراج",
        widget="vocab:release_type",
        dossier="vocab:release_type",
        sheet="vocab:release_type",
        synonyms=("how released", "طريقة الافراج"),
    ),
    # -- the facilities of an episode ------------------------------------------------------------
    _e(
        "detentions.facilities.name",
        "text",
        "Facility",
        "مكان الاحتجاز",
        widget="bilingual",
        dossier="text",
        sheet="text",
        sheet_key="detention.facility",
        synonyms=(
            "Place of detention",
            "prison",
            "السجن",
            "facility",
            "detention facility",
            "مقر الاحتجاز",
        ),
    ),
    _e(
        "detentions.facilities.from",
        "str",
        "From",
        "من",
        column="from_date",
        widget="date",
        dossier="date",
    ),
    _e(
        "detentions.facilities.to",
        "str",
        "To",
        "إلى",
        column="to_date",
        widget="date",
        dossier="date",
    ),
    # -- cases -----------------------------------------------------------------------------------
    _e("cases.id", "str", "Id", "المعرّف", widget="readonly"),
    _e(
        "cases.number",
        "str",
        "Case number",
        "رقم القضية",
        widget="line",
        dossier="text",
        sheet="case_number",
        synonyms=("case", "case no", "القضية", "case #", "رقم القضيه"),
    ),
    _e(
        "cases.year",
        "int",
        "Case year",
        "سنة القضية",
        widget="int:1900:2200",
        dossier="int",
        sheet="int",
        synonyms=("year of case", "لسنة"),
    ),
    _e(
        "cases.prosecution",
        "str",
        "Prosecution",
        "النيابة",
        widget="vocab:prosecution",
        dossier="vocab:prosecution",
        sheet="vocab:prosecution",
        synonyms=("prosecutor", "جهة التحقيق"),
    ),
    _e(
        "cases.court",
        "text",
        "Court",
        "المحكمة",
        widget="bilingual",
        dossier="text",
        sheet="text",
        synonyms=("circuit", "الدائرة"),
    ),
    _e(
        "cases.joined_date",
        "str",
        "Joined the case",
        "تاريخ الضم إلى القضية",
        widget="date",
        dossier="date",
        sheet="date",
        synonyms=(
            "Date joined to case",
            "تاريخ الضم للقضية",
            "date added to case",
            "تاريخ الضم",
            "joined",
        ),
    ),
    _e(
        "cases.recycled_from",
        "str",
        "Recycled from",
        "مُدوَّر من قضية",
        widget="choice",
        dossier="text",
    ),
    _e(
        "cases.charges",
        "str",
        "Charges",
        "الاتهامات",
        column="code",
        widget="charges",
        dossier="vocab:charge",
        sheet="charges",
        sheet_key="case.charges",
        synonyms=("charge", "التهم", "التهمة", "accusations"),
    ),
    _e(
        "cases.sentence.date",
        "str",
        "Sentence date",
        "تاريخ الحكم",
        widget="date",
        dossier="date",
        editor_group="sentence",
    ),
    _e(
        "cases.sentence.term_months",
        "int",
        "Term (months)",
        "مدة العقوبة (بالأشهر)",
        editor_group="sentence",
        widget="int:0",
        dossier="int",
    ),
    _e(
        "cases.sentence.court",
        "text",
        "Sentencing court",
        "محكمة الحكم",
        editor_group="sentence",
        widget="bilingual",
        dossier="text",
    ),
    _e(
        "cases.sentence.appeal",
        "text",
        "Appeal",
        "الطعن",
        widget="bilingual",
        dossier="text",
        editor_group="sentence",
    ),
    _e("cases.notes", "text", "Notes", "ملاحظات", widget="bilingual", dossier="text"),
    # -- sessions of a case ----------------------------------------------------------------------
    _e("cases.proceedings.id", "str", "Id", "المعرّف", widget="readonly"),
    _e("cases.proceedings.date", "str", "Date", "التاريخ", widget="date", dossier="date"),
    _e(
        "cases.proceedings.type",
        "str",
        "Type",
        "النوع",
        widget="vocab:proceeding_type",
        dossier="vocab:proceeding_type",
    ),
    _e(
        "cases.proceedings.authority",
        "text",
        "Authority",
        "الجهة",
        widget="bilingual",
        dossier="text",
    ),
    _e(
        "cases.proceedings.outcome",
        "str",
        "Outcome",
        "القرار",
        widget="vocab:proceeding_outcome",
        dossier="vocab:proceeding_outcome",
    ),
    _e(
        "cases.proceedings.renewal_days",
        "int",
        "Renewed for (days)",
        "مدة التجديد (بالأيام)",
        widget="int:0",
        dossier="int",
    ),
    _e(
        "cases.proceedings.next_date",
        "str",
        "Next session",
        "الجلسة التالية",
        widget="date",
        dossier="date",
    ),
    _e(
        "cases.proceedings.present",
        "bool",
        "Detainee present",
        "حضور المحتجز",
        label_ar_f="حضور المحتجزة",
        widget="bool",
        dossier="bool",
    ),
    _e("cases.proceedings.notes", "text", "Notes", "ملاحظات", widget="bilingual", dossier="text"),
    # -- events ----------------------------------------------------------------------------------
    _e("events.id", "str", "Id", "المعرّف", widget="readonly"),
    _e("events.date", "str", "Date", "التاريخ", widget="date", dossier="date"),
    _e("events.end_date", "str", "Until", "حتى", widget="date", dossier="date"),
    _e(
        "events.type",
        "str",
        "Type",
        "نوع الواقعة",
        widget="vocab:event_type",
        dossier="vocab:event_type",
    ),
    _e(
        "events.description",
        "text",
        "Description",
        "الوصف",
        widget="bilingual_multiline",
        dossier="text",
    ),
    _e("events.sources", "json", "Sources", "المصادر", widget="references"),
    # -- sources ---------------------------------------------------------------------------------
    _e("sources.id", "str", "Id", "المعرّف", widget="readonly"),
    _e("sources.title", "str", "Title", "العنوان", widget="line", dossier="text"),
    _e(
        "sources.kind",
        "str",
        "Kind",
        "النوع",
        widget="vocab:source_kind",
        dossier="vocab:source_kind",
    ),
    _e("sources.url", "str", "Address (URL)", "الرابط (URL)", widget="line", dossier="text"),
    _e("sources.date", "str", "Date", "التاريخ", widget="date", dossier="date"),
    _e(
        "sources.reliability",
        "str",
        "Reliability",
        "الموثوقية",
        widget="choice",
        dossier="enum:reliability",
    ),
    _e("sources.notes", "str", "Notes", "ملاحظات", widget="textarea", dossier="text"),
    _e("sources.level", "str", "Export level", "مستوى التصدير", widget="level"),
    # -- attachments -----------------------------------------------------------------------------
    _e("attachments.id", "str", "Id", "المعرّف", widget="readonly"),
    _e("attachments.kind", "str", "Kind", "النوع", widget="choice"),
    _e("attachments.filename", "str", "File name", "اسم الملف", widget="line", dossier="text"),
    _e("attachments.media_type", "str", "Type", "نوع المحتوى", widget="readonly"),
    _e("attachments.sha256", "str", "SHA-256", "SHA-256", widget="readonly"),
    _e("attachments.data", "blob", "Content", "المحتوى", widget="data"),
    _e("attachments.caption", "text", "Caption", "التعليق", widget="bilingual", dossier="text"),
    _e("attachments.credit", "str", "Credit", "الإسناد", widget="line", dossier="text"),
    _e("attachments.level", "str", "Export level", "مستوى التصدير", widget="level"),
    _e("attachments.added_at", "str", "Added", "تاريخ الإضافة", widget="readonly"),
)

# Entries added at run time — only by tests and the "how to add a field" walk-through, through
# ``add_entry``; real fields go in ENTRIES. What is generated from the catalogue (model.RECORDS,
# the spreadsheet targets) registers with ``on_change`` and is rebuilt when this list changes.
EXTRA_ENTRIES: list[Entry] = []
_listeners: list[Callable[[], None]] = []


def on_change(callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever an entry is added or removed at run time."""
    _listeners.append(callback)


def _changed() -> None:
    global _index
    _index = None
    for callback in _listeners:
        callback()


def add_entry(entry: Entry) -> None:
    """Add a field at run time (tests): every generated table picks it up."""
    if has(entry.path):
        raise ValueError(f"field {entry.path!r} is already catalogued")
    EXTRA_ENTRIES.append(entry)
    _changed()


def remove_entry(entry: Entry) -> None:
    EXTRA_ENTRIES.remove(entry)
    _changed()


def entries() -> tuple[Entry, ...]:
    return ENTRIES + tuple(EXTRA_ENTRIES)


def record_specs() -> tuple[RecordSpec, ...]:
    return RECORD_SPECS


def _strip_lang(path: str) -> str:
    return path[:-3] if path.endswith((".ar", ".en")) else path


def record_of(path: str) -> RecordSpec:
    """The record a field path belongs to: the record whose path is its longest prefix."""
    best = RECORD_SPECS[0]
    for spec in RECORD_SPECS:
        inside = path == spec.path or path.startswith(spec.path + ".")
        if spec.path and inside and len(spec.path) > len(best.path):
            best = spec
    return best


_index: dict[str, Entry] | None = None


def parent_of(spec: RecordSpec) -> RecordSpec | None:
    """The record a list of ``spec`` belongs to (None for the profile itself)."""
    if not spec.path:
        return None
    return record_of(spec.path.rpartition(".")[0]) if "." in spec.path else RECORD_SPECS[0]


def _by_path() -> dict[str, Entry]:
    global _index
    if _index is None:  # built once; again only when a test adds an entry
        _index = {entry.path: entry for entry in entries()}
    return _index


def get(path: str) -> Entry:
    """The entry of ``path`` (a ``.ar``/``.en`` leaf names its bilingual field); KeyError if none."""
    found = _by_path().get(_strip_lang(path))
    if found is None:
        raise KeyError(f"no catalogue entry for field {path!r}")
    return found


def has(path: str) -> bool:
    return _strip_lang(path) in _by_path()


def of_record(table: str) -> Iterator[Entry]:
    """The entries stored in ``table``, in catalogue order (which is column order)."""
    return (entry for entry in entries() if entry.record.table == table)


def dossier_entries(table: str) -> list[Entry]:
    """The fields a dossier prints for a record of ``table``, in catalogue order; each says how
    in ``Entry.dossier`` ("date", "vocab:arrest_manner", ...) and is named by ``label``."""
    return [entry for entry in of_record(table) if entry.dossier]


@cache
def _record_labels() -> dict[str, RecordSpec]:
    return {spec.path: spec for spec in RECORD_SPECS if spec.path}


def label(path: str, lang: str, feminine: bool = False) -> str:
    """The name of a field (or of a record list such as ``detentions``) in ``lang`` ("ar"/"en");
    ``feminine`` for the form that agrees with a woman, where the label has one."""
    if lang not in ("ar", "en"):
        raise ValueError(f"unknown language {lang!r} (ar or en)")
    path = _strip_lang(path)
    entry = _by_path().get(path)
    if entry is None:
        spec = _record_labels().get(path)
        if spec is None:
            raise KeyError(f"no catalogue entry for field {path!r}")
        return spec.label_ar if lang == "ar" else spec.label_en
    if lang == "ar":
        return (feminine and entry.label_ar_f) or entry.label_ar
    return (feminine and entry.label_en_f) or entry.label_en


def is_feminine(profile: dict) -> bool:
    """Whether labels that agree with the person take the feminine form for this profile."""
    return profile.get("sex") == "female"
